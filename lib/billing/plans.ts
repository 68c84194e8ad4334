import type { Plan } from '@/db/schema';

export type PlanLimits = {
  /** AI-created tasks a workspace may have each month. */
  tasksPerMonth: number;
  /** Social posts generated or scheduled each month. */
  postsPerMonth: number;
  /** AI-drafted emails each month. */
  aiEmailsPerMonth: number;
  /** Tokens the AI may use each month, all features together (chat, strategy, content, replies). */
  aiTokensPerMonth: number;
};

export type PlanDefinition = {
  id: Plan;
  name: string;
  /** Price per workspace per month in US cents; null when the price is agreed per customer. */
  priceCentsPerMonth: number | null;
  description: string;
  /** Hourly insight scans on paid plans, daily on Free. */
  insightScan: 'hourly' | 'daily';
  limits: PlanLimits;
  highlights: string[];
};

/**
 * Every plan and its limits, in one place: pricing page, billing, the insight scheduler and every limit
 * check read from here. The monthly limits are the product's defaults (Free 10/5/3, Pro 100/50/25,
 * Enterprise 1000/500/250; AI tokens 100k / 2M / 20M).
 */
export const PLANS: readonly PlanDefinition[] = [
  {
    id: 'free',
    name: 'Free',
    priceCentsPerMonth: 0,
    description: 'For trying Beacon with a small pipeline.',
    insightScan: 'daily',
    limits: { tasksPerMonth: 10, postsPerMonth: 5, aiEmailsPerMonth: 3, aiTokensPerMonth: 100_000 },
    highlights: ['Unlimited leads and pipeline stages', 'Hosted and embeddable lead forms', 'Daily insight scan'],
  },
  {
    id: 'pro',
    name: 'Pro',
    priceCentsPerMonth: 4900,
    description: 'For small teams that follow up every lead.',
    insightScan: 'hourly',
    limits: { tasksPerMonth: 100, postsPerMonth: 50, aiEmailsPerMonth: 25, aiTokensPerMonth: 2_000_000 },
    highlights: ['Everything in Free', 'Hourly insight scans that create follow-up tasks', 'Scheduled social publishing'],
  },
  {
    id: 'enterprise',
    name: 'Enterprise',
    priceCentsPerMonth: null,
    description: 'For consultancies running several brands.',
    insightScan: 'hourly',
    limits: { tasksPerMonth: 1000, postsPerMonth: 500, aiEmailsPerMonth: 250, aiTokensPerMonth: 20_000_000 },
    highlights: ['Everything in Pro', 'Ten times the monthly AI allowances', 'Priority support'],
  },
];

export const LIMIT_LABELS: Record<keyof PlanLimits, string> = {
  tasksPerMonth: 'AI-created tasks per month',
  postsPerMonth: 'Social posts per month',
  aiEmailsPerMonth: 'AI-drafted emails per month',
  aiTokensPerMonth: 'AI tokens per month',
};

export function getPlan(id: Plan): PlanDefinition {
  const plan = PLANS.find((candidate) => candidate.id === id);
  if (!plan) throw new Error(`Unknown plan: ${id}`);
  return plan;
}
