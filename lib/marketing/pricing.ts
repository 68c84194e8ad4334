import { LIMIT_LABELS, PLANS, type PlanDefinition, type PlanLimits } from '@/lib/billing/plans';

export type PlanCta = { href: '/sign-up' | '/contact'; label: string };
export type PlanComparisonRow = { key: string; label: string; values: string[] };

const numberFormat = new Intl.NumberFormat('en-US');

/** "$49", "$0", or "Custom" for a plan priced per customer; cents shown only when a price has them. */
export function formatPlanPrice(plan: Pick<PlanDefinition, 'priceCentsPerMonth'>): string {
  const cents = plan.priceCentsPerMonth;
  if (cents === null) return 'Custom';
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
  }).format(cents / 100);
}

/** Self-serve plans sign up directly; a plan priced per customer starts with a conversation. */
export function getPlanCta(plan: Pick<PlanDefinition, 'name' | 'priceCentsPerMonth'>): PlanCta {
  if (plan.priceCentsPerMonth === null) return { href: '/contact', label: `Talk to us about ${plan.name}` };
  return { href: '/sign-up', label: `Start on ${plan.name}` };
}

/**
 * Rows of the plan comparison table: one per monthly limit (labels from LIMIT_LABELS, in its order), then
 * the insight scan schedule. `values` line up with `plans`.
 */
export function buildPlanComparisonRows(plans: readonly PlanDefinition[] = PLANS): PlanComparisonRow[] {
  const limitKeys = Object.keys(LIMIT_LABELS) as (keyof PlanLimits)[];
  const limitRows = limitKeys.map((key) => ({
    key,
    label: LIMIT_LABELS[key],
    values: plans.map((plan) => numberFormat.format(plan.limits[key])),
  }));
  const scanRow = {
    key: 'insightScan',
    label: 'Insight scans',
    values: plans.map((plan) => (plan.insightScan === 'hourly' ? 'Hourly' : 'Daily')),
  };
  return [...limitRows, scanRow];
}
