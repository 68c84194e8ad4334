import { describe, expect, it } from 'vitest';
import type { StaleLeadsSnapshot } from '../snapshot/types';
import { evaluateStaleLeads } from './stale-leads';

const now = new Date('2026-03-10T12:00:00Z');
const daysBefore = (days: number, hours = 0) => new Date(now.getTime() - days * 86_400_000 - hours * 3_600_000);
const lead = (id: string, overrides: Partial<StaleLeadsSnapshot['leads'][number]> = {}) => ({
  id, name: `Lead ${id}`, stageIsClosed: false, lastActivityAt: daysBefore(10), createdAt: daysBefore(30), ...overrides,
});

describe('evaluateStaleLeads', () => {
  it('reports open leads idle for the threshold or longer, with the total and a plain summary', () => {
    const finding = evaluateStaleLeads({ total: 8, leads: [lead('a', { lastActivityAt: daysBefore(12) }), lead('b', { lastActivityAt: daysBefore(7) })] }, { threshold: 7, now });
    expect(finding).toMatchObject({ type: 'stale_leads', confidence: 0.9, summary: '8 open leads have had no activity for 7+ days.' });
    expect(finding!.evidence.numbers).toEqual({ staleLeads: 8, thresholdDays: 7 });
    expect(finding!.evidence.items).toEqual([
      { kind: 'lead', id: 'a', label: 'Lead a', detail: '12 days without activity' },
      { kind: 'lead', id: 'b', label: 'Lead b', detail: '7 days without activity' },
    ]);
  });

  it('uses created_at for a lead that never had activity', () => {
    const finding = evaluateStaleLeads({ total: 1, leads: [lead('a', { lastActivityAt: null, createdAt: daysBefore(9) })] }, { threshold: 7, now });
    expect(finding!.summary).toBe('1 open lead has had no activity for 7+ days.');
    expect(finding!.evidence.items[0]!.detail).toBe('No activity since it was added 9 days ago');
  });

  it('counts whole days: 6 days and 23 hours is not 7 days', () => {
    expect(evaluateStaleLeads({ total: 1, leads: [lead('a', { lastActivityAt: daysBefore(6, 23) })] }, { threshold: 7, now })).toBeNull();
    expect(evaluateStaleLeads({ total: 1, leads: [lead('a', { lastActivityAt: daysBefore(6, 23) })] }, { threshold: 6, now })).not.toBeNull();
  });

  it('ignores leads in won or lost stages, and finds nothing in an empty workspace', () => {
    expect(evaluateStaleLeads({ total: 1, leads: [lead('a', { stageIsClosed: true })] }, { threshold: 7, now })).toBeNull();
    expect(evaluateStaleLeads({ total: 0, leads: [] }, { threshold: 7, now })).toBeNull();
  });

  it('caps the evidence at 50 leads but reports the full count', () => {
    const leads = Array.from({ length: 60 }, (_, i) => lead(`l${i}`));
    const finding = evaluateStaleLeads({ total: 1_234, leads }, { threshold: 7, now });
    expect(finding!.evidence.items).toHaveLength(50);
    expect(finding!.summary).toBe('1,234 open leads have had no activity for 7+ days.');
  });
});
