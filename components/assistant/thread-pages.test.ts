import { describe, expect, it } from 'vitest';
import { mergeThreadPages } from './thread-pages';

const thread = (id: string, updatedAt: string, title = id) => ({ id, title, updatedAt });

describe('mergeThreadPages', () => {
  it('lists the fresh first page over earlier copies, keeps chats pushed off it, drops deleted ones, newest first', () => {
    const earlier = [thread('b', '2026-01-03T00:00:00.000Z'), thread('a', '2026-01-02T00:00:00.000Z'), thread('old', '2026-01-01T00:00:00.000Z'), thread('gone', '2025-12-01T00:00:00.000Z')];
    // Since then: a new chat, and "a" renamed (so more recent); "b" no longer fits on the first page.
    const fresh = [thread('a', '2026-01-05T00:00:00.000Z', 'Renamed'), thread('new', '2026-01-04T00:00:00.000Z')];
    expect(mergeThreadPages(fresh, earlier, new Set(['gone'])).map((item) => `${item.id}:${item.title}`)).toEqual(['a:Renamed', 'new:new', 'b:b', 'old:old']);
  });

  it('orders chats active at the same moment by id, as the server does', () => {
    const at = '2026-01-01T00:00:00.000Z';
    expect(mergeThreadPages([thread('x1', at)], [thread('x3', at), thread('x2', at)], new Set()).map((item) => item.id)).toEqual(['x3', 'x2', 'x1']);
  });
});
