import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { AppError } from '@/lib/errors';

/** A keyset position: the row's created_at at full (microsecond) precision, and its id as tie-breaker. */
export type Cursor = { at: string; id: string };

const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * created_at as text with microseconds. A JS Date keeps milliseconds only; a cursor built from one would
 * skip rows created within the same millisecond as the last row of a page.
 */
export function cursorTime(column: AnyPgColumn) {
  return sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** A cursor time Postgres will accept: the exact shape cursorTime() writes, and a real calendar instant. */
export function isCursorTime(value: string): boolean {
  if (!CURSOR_TIME.test(value)) return false;
  const date = new Date(`${value.slice(0, 23)}Z`);
  // JS rolls "02-30" over to March instead of failing; a round trip catches that.
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 19) === value.slice(0, 19);
}

/** Keyset cursors are opaque to clients: base64url of "<time>|<id>". */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.at}|${cursor.id}`).toString('base64url');
}

export function decodeCursor(cursor: string): Cursor {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!at || !id || !isCursorTime(at) || !UUID.test(id)) throw new AppError('bad_request', 'The cursor is not valid.');
  return { at, id };
}

/** Rows after the cursor in (created_at desc, id desc) order; a row comparison the index can serve. */
export function olderThan(cursor: Cursor, createdAt: AnyPgColumn, id: AnyPgColumn): SQL {
  return sql`(${createdAt}, ${id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`;
}

/** Splits the `limit + 1` rows a keyset query fetched into a page and the cursor of the next one. */
export function toPage<T extends { cursorAt: string; id: string }>(rows: T[], limit: number) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(({ cursorAt: _cursorAt, ...item }) => item),
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.cursorAt, id: last.id }) : null,
  };
}
