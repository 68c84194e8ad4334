import { Cron } from 'croner';
import { getDb, type Db } from '@/db';
import { pruneIdempotencyKeys } from '@/lib/http/idempotency';
import { listStalledImportIds } from '@/lib/leads/import/imports';
import { runImport } from '@/lib/leads/import/run-import';
import { log } from '@/lib/log';
import { claimTick, finishTick } from './cron-claims';
import { NIGHTLY_RESCORE, runNightlyRescore } from './nightly-rescore';

type ScheduledJob = { name: string; cron: string; run: (db: Db) => Promise<unknown> };

const JOBS: ScheduledJob[] = [
  { ...NIGHTLY_RESCORE, run: (db) => runNightlyRescore(db) },
  {
    name: 'idempotency-keys-prune',
    cron: '45 * * * *',
    // Claimed per hour so several instances prune once; a missed hour is harmless (rows are only read if < 24 h old).
    run: async (db) => {
      const tick = new Date().toISOString().slice(0, 13);
      if (!(await claimTick(db, 'idempotency-keys-prune', tick))) return null;
      const deleted = await pruneIdempotencyKeys(db);
      await finishTick(db, 'idempotency-keys-prune', tick);
      return { deleted };
    },
  },
  {
    name: 'lead-imports-resume',
    cron: '* * * * *',
    // An import whose worker died (a restart mid-import) resumes here even if nobody watches its page.
    run: async (db) => {
      const ids = await listStalledImportIds(db);
      for (const importId of ids) await runImport(db, { importId });
      return ids.length > 0 ? { resumed: ids.length } : null;
    },
  },
];

let started: Cron[] | null = null;

/** Starts this process's scheduled work once; ticks are claimed in Postgres so instances never double up. */
export function startLocalSchedule() {
  if (started) return;
  started = JOBS.map(
    (job) =>
      new Cron(job.cron, { name: job.name, timezone: 'UTC', protect: true }, async () => {
        try {
          const result = await job.run(getDb());
          if (result) log.info({ job: job.name, result }, 'scheduled job finished');
        } catch (error) {
          log.error({ err: error, job: job.name }, 'scheduled job failed');
        }
      }),
  );
}
