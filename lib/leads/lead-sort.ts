import { asc, desc, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { leads } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { cursorTime, isCursorTime } from '@/lib/pagination';
import { LEAD_SORTS, type LeadSort } from './sorts';

export { LEAD_SORTS, type LeadSort };

type SortSpec = { key: SQL; order: 'asc' | 'desc'; cast: 'timestamptz' | 'int' | 'text' };

// Each sort is a keyset over (key, id); created_at travels as microsecond text so no row is skipped.
const SORTS: Record<LeadSort, SortSpec> = {
  created_desc: { key: cursorTime(leads.createdAt), order: 'desc', cast: 'timestamptz' },
  created_asc: { key: cursorTime(leads.createdAt), order: 'asc', cast: 'timestamptz' },
  score_desc: { key: sql`${leads.score}`, order: 'desc', cast: 'int' },
  score_asc: { key: sql`${leads.score}`, order: 'asc', cast: 'int' },
  name_asc: { key: sql`${leads.name}`, order: 'asc', cast: 'text' },
  name_desc: { key: sql`${leads.name}`, order: 'desc', cast: 'text' },
};

const COLUMN: Record<SortSpec['cast'], SQL> = {
  timestamptz: sql`${leads.createdAt}`,
  int: sql`${leads.score}`,
  text: sql`${leads.name}`,
};

const cursorSchema = z.object({ s: z.enum(LEAD_SORTS), v: z.union([z.string().max(300), z.number()]), id: z.uuid() });

// The value is cast in SQL: anything the cast would reject must be refused here as a bad cursor, not a 500.
const VALUE_OK: Record<SortSpec['cast'], (v: string | number) => boolean> = {
  timestamptz: (v) => typeof v === 'string' && isCursorTime(v),
  int: (v) => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= 2_147_483_647,
  text: (v) => typeof v === 'string',
};

export function encodeLeadCursor(sort: LeadSort, value: string | number, id: string) {
  return Buffer.from(JSON.stringify({ s: sort, v: value, id })).toString('base64url');
}

export function decodeLeadCursor(sort: LeadSort, cursor: string) {
  let parsed: z.infer<typeof cursorSchema> | undefined;
  try {
    parsed = cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    parsed = undefined;
  }
  if (!parsed || parsed.s !== sort || !VALUE_OK[SORTS[sort].cast](parsed.v)) throw new AppError('bad_request', 'The cursor is not valid for this sort.', { details: { field: 'cursor' } });
  return parsed;
}

/** The sort value to select with each row (it becomes the next page's cursor). */
export function sortKey(sort: LeadSort) {
  return SORTS[sort].key;
}

export function sortOrder(sort: LeadSort): SQL[] {
  const { order, cast } = SORTS[sort];
  const direction = order === 'asc' ? asc : desc;
  return [direction(COLUMN[cast]), direction(leads.id)];
}

/** Rows after the cursor in the sort's order, as one row comparison an index on (key, id) can serve. */
export function afterCursor(sort: LeadSort, cursor: string): SQL {
  const { order, cast } = SORTS[sort];
  const { v, id } = decodeLeadCursor(sort, cursor);
  const value = sql`${String(v)}::${sql.raw(cast)}`;
  return order === 'asc'
    ? sql`(${COLUMN[cast]}, ${leads.id}) > (${value}, ${id}::uuid)`
    : sql`(${COLUMN[cast]}, ${leads.id}) < (${value}, ${id}::uuid)`;
}
