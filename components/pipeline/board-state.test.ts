import { describe, expect, it } from 'vitest';
import type { Board, BoardCard } from '@/lib/leads/board';
import { moveCard, NO_STAGE } from './board-state';

const card = (id: string, stageId: string | null, score: number, valueCents: number | null, currency = 'USD'): BoardCard => ({
  id, name: id, company: null, email: null, valueCents, currency, score, stageId, ownerName: null,
});
const stage = (id: string) => ({ id, name: id, position: 0, isWon: false, isLost: false });

const board: Board = {
  total: 3,
  columns: [
    { stage: stage('s1'), count: 2, totals: [{ currency: 'USD', valueCents: 300 }], leads: [card('a', 's1', 80, 100), card('b', 's1', 20, 200)] },
    { stage: stage('s2'), count: 5, totals: [{ currency: 'EUR', valueCents: 50 }], leads: [card('c', 's2', 90, 50, 'EUR'), card('d', 's2', 10, null)] },
  ],
};

describe('moveCard', () => {
  it('moves the card into score order and carries its count and value over', () => {
    const next = moveCard(board, { leadId: 'a', toKey: 's2' });
    const [s1, s2] = next.columns;
    expect(s1).toMatchObject({ count: 1, totals: [{ currency: 'USD', valueCents: 200 }] });
    expect(s1!.leads.map((lead) => lead.id)).toEqual(['b']);
    expect(s2).toMatchObject({ count: 6, totals: [{ currency: 'USD', valueCents: 100 }, { currency: 'EUR', valueCents: 50 }] });
    expect(s2!.leads.map((lead) => [lead.id, lead.stageId])).toEqual([['c', 's2'], ['a', 's2'], ['d', 's2']]);
    expect(next.total).toBe(3);
  });

  it('drops a currency whose sum reaches zero and leaves leads without a value out of the sums', () => {
    const next = moveCard(board, { leadId: 'c', toKey: 's1' });
    expect(next.columns[1]!.totals).toEqual([]);
    expect(moveCard(board, { leadId: 'd', toKey: 's1' }).columns[0]!.totals).toEqual([{ currency: 'USD', valueCents: 300 }]);
  });

  it('adds a "No stage" column when a lead leaves every stage', () => {
    const next = moveCard(board, { leadId: 'b', toKey: NO_STAGE });
    expect(next.columns).toHaveLength(3);
    expect(next.columns[2]).toMatchObject({ stage: null, count: 1, leads: [{ id: 'b', stageId: null }] });
  });

  it('changes nothing for the same column, an unknown column or an unknown lead', () => {
    expect(moveCard(board, { leadId: 'a', toKey: 's1' })).toBe(board);
    expect(moveCard(board, { leadId: 'a', toKey: 'gone' })).toBe(board);
    expect(moveCard(board, { leadId: 'zz', toKey: 's2' })).toBe(board);
  });
});
