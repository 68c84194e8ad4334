import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { decodeCursor, encodeCursor, toPage } from './pagination';

const ID = '0b6f1d9e-8d4c-4a53-9c1e-2f8f8f0e4a11';

describe('cursors', () => {
  it('round-trip a microsecond timestamp and an id', () => {
    const cursor = { at: '2026-11-23T12:00:00.123456Z', id: ID };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it('refuse tampered cursors with a 400', () => {
    for (const bad of ['', 'not-base64!', Buffer.from('2026-11-23|x').toString('base64url'), Buffer.from(`2026-11-23T12:00:00Z|${ID}`).toString('base64url')]) {
      const error = (() => { try { decodeCursor(bad); } catch (e) { return e; } })();
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(400);
    }
  });

  it('toPage keeps `limit` rows, drops the cursor column and points at the last row', () => {
    const rows = [1, 2, 3].map((n) => ({ id: `${ID.slice(0, -1)}${n}`, cursorAt: `2026-11-23T12:00:0${n}.000000Z`, name: `r${n}` }));
    const page = toPage(rows, 2);
    expect(page.items).toEqual([{ id: rows[0]!.id, name: 'r1' }, { id: rows[1]!.id, name: 'r2' }]);
    expect(decodeCursor(page.nextCursor!)).toEqual({ at: rows[1]!.cursorAt, id: rows[1]!.id });
    expect(toPage(rows, 3).nextCursor).toBeNull();
  });
});
