import type { Board, BoardCard, BoardColumn, CurrencyTotal } from '@/lib/leads/board';

/** The droppable id of the "No stage" column (stage ids are uuids, so it cannot clash). */
export const NO_STAGE = 'none';

export const columnKey = (column: BoardColumn) => column.stage?.id ?? NO_STAGE;
export const columnName = (column: BoardColumn) => column.stage?.name ?? 'No stage';

function adjustTotals(totals: CurrencyTotal[], card: BoardCard, sign: 1 | -1): CurrencyTotal[] {
  if (card.valueCents === null) return totals;
  const delta = sign * card.valueCents;
  const existing = totals.find((total) => total.currency === card.currency);
  const next = existing
    ? totals.map((total) => (total === existing ? { ...total, valueCents: total.valueCents + delta } : total))
    : [...totals, { currency: card.currency, valueCents: delta }];
  return next.filter((total) => total.valueCents > 0).sort((a, b) => b.valueCents - a.valueCents);
}

const byScore = (a: BoardCard, b: BoardCard) => b.score - a.score || (a.id < b.id ? 1 : -1);

/**
 * The board as it will be once a lead has moved to another column: the card changes column (kept in score
 * order), and both columns' counts and per-currency sums follow. The optimistic state of a drag or a "Move to"
 * pick; the server's board replaces it as soon as the move is saved.
 */
export function moveCard(board: Board, { leadId, toKey }: { leadId: string; toKey: string }): Board {
  const from = board.columns.find((column) => column.leads.some((card) => card.id === leadId));
  const card = from?.leads.find((candidate) => candidate.id === leadId);
  if (!from || !card || columnKey(from) === toKey) return board;
  let columns = board.columns;
  if (!columns.some((column) => columnKey(column) === toKey)) {
    if (toKey !== NO_STAGE) return board;
    columns = [...columns, { stage: null, count: 0, totals: [], leads: [] }];
  }
  const moved: BoardCard = { ...card, stageId: toKey === NO_STAGE ? null : toKey };
  return {
    ...board,
    columns: columns.map((column) => {
      if (column === from) {
        return { ...column, count: column.count - 1, totals: adjustTotals(column.totals, card, -1), leads: column.leads.filter((lead) => lead.id !== leadId) };
      }
      if (columnKey(column) === toKey) {
        return { ...column, count: column.count + 1, totals: adjustTotals(column.totals, card, 1), leads: [...column.leads, moved].sort(byScore) };
      }
      return column;
    }),
  };
}
