import { describe, expect, it } from 'vitest';
import type { HotLeadsSnapshot } from '../snapshot/types';
import { evaluateHotLeadUnattended } from './hot-lead-unattended';

const now = new Date('2026-03-10T12:00:00Z');
const hoursBefore = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
const lead = (id: string, overrides: Partial<HotLeadsSnapshot['leads'][number]> = {}) => ({
  id, name: `Lead ${id}`, score: 85, ownerId: 'owner-1', stageIsClosed: false, createdAt: hoursBefore(72), lastOwnerActivityAt: hoursBefore(50), ...overrides,
});

describe('evaluateHotLeadUnattended', () => {
  it('reports owned hot leads their owner has not touched for 24 hours', () => {
    const finding = evaluateHotLeadUnattended({ total: 2, leads: [lead('a'), lead('b', { lastOwnerActivityAt: null, score: 70 })] }, { threshold: 70, now });
    expect(finding).toMatchObject({ type: 'hot_lead_unattended', confidence: 0.95, summary: '2 hot leads (score 70+) have not been touched by their owner in 24 hours.' });
    expect(finding!.evidence.items).toEqual([
      { kind: 'lead', id: 'a', label: 'Lead a', detail: 'Score 85; owner last active on it 2 days ago' },
      { kind: 'lead', id: 'b', label: 'Lead b', detail: 'Score 70; its owner has not touched it yet' },
    ]);
    expect(finding!.evidence.numbers).toEqual({ hotLeads: 2, minimumScore: 70 });
  });

  it('applies the score threshold inclusively', () => {
    expect(evaluateHotLeadUnattended({ total: 1, leads: [lead('a', { score: 69 })] }, { threshold: 70, now })).toBeNull();
    expect(evaluateHotLeadUnattended({ total: 1, leads: [lead('a', { score: 70 })] }, { threshold: 70, now })).not.toBeNull();
  });

  it('skips leads touched by their owner within 24 hours, younger than 24 hours, unowned or closed', () => {
    const leads = [
      lead('touched', { lastOwnerActivityAt: hoursBefore(23) }),
      lead('young', { createdAt: hoursBefore(20), lastOwnerActivityAt: null }),
      lead('unowned', { ownerId: null }),
      lead('won', { stageIsClosed: true }),
    ];
    expect(evaluateHotLeadUnattended({ total: 4, leads }, { threshold: 70, now })).toBeNull();
  });

  it('counts a lead touched exactly 24 hours ago as unattended', () => {
    const finding = evaluateHotLeadUnattended({ total: 1, leads: [lead('a', { lastOwnerActivityAt: hoursBefore(24), createdAt: hoursBefore(24) })] }, { threshold: 70, now });
    expect(finding!.summary).toBe('1 hot lead (score 70+) has not been touched by its owner in 24 hours.');
  });
});
