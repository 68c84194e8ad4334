import { describe, expect, it } from 'vitest';
import { PLANS, type PlanDefinition } from '@/lib/billing/plans';
import { buildPlanComparisonRows, formatPlanPrice, getPlanCta } from './pricing';

describe('formatPlanPrice', () => {
  it.each([
    [0, '$0'],
    [4900, '$49'],
    [4950, '$49.50'],
    [120000, '$1,200'],
    [null, 'Custom'],
  ])('formats %j cents as %j', (priceCentsPerMonth, expected) => {
    expect(formatPlanPrice({ priceCentsPerMonth })).toBe(expected);
  });
});

describe('getPlanCta', () => {
  it('sends self-serve plans to sign-up and custom-priced plans to contact', () => {
    expect(getPlanCta({ name: 'Pro', priceCentsPerMonth: 4900 })).toEqual({ href: '/sign-up', label: 'Start on Pro' });
    expect(getPlanCta({ name: 'Free', priceCentsPerMonth: 0 })).toEqual({ href: '/sign-up', label: 'Start on Free' });
    expect(getPlanCta({ name: 'Enterprise', priceCentsPerMonth: null })).toEqual({
      href: '/contact',
      label: 'Talk to us about Enterprise',
    });
  });
});

describe('buildPlanComparisonRows', () => {
  it('has one row per limit with a value per plan, then the insight scan schedule', () => {
    const rows = buildPlanComparisonRows(PLANS);
    expect(rows.map((row) => row.label)).toEqual([
      'AI-created tasks per month',
      'Social posts per month',
      'AI-drafted emails per month',
      'AI tokens per month',
      'Insight scans',
    ]);
    expect(rows[0]?.values).toEqual(['10', '100', '1,000']);
    expect(rows[2]?.values).toEqual(['3', '25', '250']);
    expect(rows[3]?.values).toEqual(['100,000', '2,000,000', '20,000,000']);
    expect(rows[4]?.values).toEqual(['Daily', 'Hourly', 'Hourly']);
  });

  it('follows the plans it is given', () => {
    const solo: PlanDefinition = { ...PLANS[0]!, limits: { tasksPerMonth: 2500, postsPerMonth: 1, aiEmailsPerMonth: 0, aiTokensPerMonth: 5000 } };
    expect(buildPlanComparisonRows([solo]).map((row) => row.values)).toEqual([['2,500'], ['1'], ['0'], ['5,000'], ['Daily']]);
  });
});
