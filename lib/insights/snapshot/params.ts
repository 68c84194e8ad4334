import { sql } from 'drizzle-orm';
import { pipelineStages } from '@/db/schema';

export type SnapshotParams = { orgId: string; now: Date; threshold: number };

/** A Date as a bound timestamptz: inside sql`` the driver does not serialize Dates itself. */
export function at(date: Date) {
  return sql`${date.toISOString()}::timestamptz`;
}

/** True for a lead in a won or lost stage, false for one in an open stage or none (needs the stage left-joined). */
export const stageIsClosed = sql<boolean>`coalesce(${pipelineStages.isWon} or ${pipelineStages.isLost}, false)`;

/** `count(*) over ()`: every matching row's count, computed before the LIMIT that keeps the first page. */
export const totalMatches = sql<number>`count(*) over ()`.mapWith(Number);
