import type { Db } from '@/db';
import { rescoreAllWorkspaces } from '@/lib/leads/rescore';
import { claimTick, finishTick } from './cron-claims';

export const NIGHTLY_RESCORE = { name: 'leads-nightly-rescore', cron: '15 3 * * *' } as const;

/**
 * The nightly lead rescore (engagement decays with time even when nothing happens). The tick is the UTC
 * date, so however many app processes fire the schedule, one of them runs it per day.
 */
export async function runNightlyRescore(db: Db, now = new Date()) {
  const tick = now.toISOString().slice(0, 10);
  if (!(await claimTick(db, NIGHTLY_RESCORE.name, tick))) return null;
  const result = await rescoreAllWorkspaces(db, now);
  await finishTick(db, NIGHTLY_RESCORE.name, tick);
  return result;
}
