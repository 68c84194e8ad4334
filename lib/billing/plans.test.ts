import { describe, expect, it } from 'vitest';
import { getPlan, PLANS } from './plans';

describe('plans', () => {
  it('holds the default monthly limits for each plan', () => {
    expect(PLANS.map((plan) => [plan.id, plan.limits.tasksPerMonth, plan.limits.postsPerMonth, plan.limits.aiEmailsPerMonth])).toEqual([
      ['free', 10, 5, 3],
      ['pro', 100, 50, 25],
      ['enterprise', 1000, 500, 250],
    ]);
  });

  it('scans paid workspaces hourly and free ones daily', () => {
    expect(getPlan('free').insightScan).toBe('daily');
    expect(getPlan('pro').insightScan).toBe('hourly');
    expect(getPlan('enterprise').insightScan).toBe('hourly');
  });
});
