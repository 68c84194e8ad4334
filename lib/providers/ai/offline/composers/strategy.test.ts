import { describe, expect, it } from 'vitest';
import { strategyPlanSchema } from '@/lib/ai/strategy/strategy-schemas';
import type { OfflineRequest } from '../types';
import { composeStrategy, composeStrategyPlan } from './strategy';

const EMPTY = { name: '', description: '', industry: '', audience: '', goals: '', voice: '' };
const request = (context: Record<string, unknown>, schema: OfflineRequest['schema'] = { type: 'object' }): OfflineRequest => ({ prompt: [], tools: [], schema, context });

describe('composeStrategy', () => {
  it('puts LinkedIn first for a B2B profile, with a reason, and honours the plan schema', () => {
    const profile = { ...EMPTY, name: 'Acme', description: 'Bookkeeping software for agencies', industry: 'B2B SaaS', audience: 'agency founders', goals: 'more demo requests and brand awareness', voice: 'friendly and direct' };
    const reply = composeStrategy(request({ profile }));
    expect(reply.kind).toBe('object');
    const plan = strategyPlanSchema.parse(reply.kind === 'object' ? reply.value : null);
    expect(plan.platforms.map((p) => p.platform)).toEqual(['linkedin', 'x']);
    expect(plan.platforms[0]!.reason).toMatch(/^Agency founders research/);
    expect(plan.pillars.map((p) => p.name)).toEqual(expect.arrayContaining(['Customer results', 'Thought leadership']));
    expect(plan.tone).toBe('Friendly and direct');
    expect(plan.voiceGuidelines[0]).toMatch(/Write like you talk/);
    expect(plan.kpis.map((k) => k.name)).toEqual(expect.arrayContaining(['Leads from social', 'Follower growth']));
    expect(plan.summary).toContain('Acme');
  });

  it('puts X first for a consumer audience', () => {
    const plan = composeStrategyPlan({ ...EMPTY, description: 'A neighbourhood coffee shop', industry: 'food and drink', audience: 'students and parents' });
    expect(plan.platforms[0]!.platform).toBe('x');
  });

  it('is deterministic, stays within the schema for an empty profile, and answers text without a schema', () => {
    const plan = composeStrategyPlan(EMPTY);
    expect(strategyPlanSchema.safeParse(plan).success).toBe(true);
    expect(composeStrategyPlan(EMPTY)).toEqual(plan);
    const text = composeStrategy(request({ profile: 'garbage' }, null));
    expect(text.kind).toBe('text');
    expect(JSON.parse(text.kind === 'text' ? text.text : '{}')).toEqual(plan);
  });
});
