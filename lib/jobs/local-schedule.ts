import { Cron } from 'croner';
import { and, eq, lt } from 'drizzle-orm';
import { getDb, type Db } from '@/db';
import { cronClaims } from '@/db/schema';
import { publishDueScheduledPosts } from '@/lib/blog/publish-due';
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
  {
    name: 'blog-publish-due',
    cron: '* * * * *',
    // Scheduled posts are public by time already; this flips their status so the staff list tells the truth.
    // Claimed per minute so one instance runs it; claims older than a day are dropped (1,440 a day otherwise).
    run: async (db) => {
      const now = new Date();
      const tick = now.toISOString().slice(0, 16);
      if (!(await claimTick(db, 'blog-publish-due', tick))) return null;
      const published = await publishDueScheduledPosts(db, now);
      await finishTick(db, 'blog-publish-due', tick);
      const dayAgo = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 16);
      await db.delete(cronClaims).where(and(eq(cronClaims.name, 'blog-publish-due'), lt(cronClaims.tick, dayAgo)));
      return published > 0 ? { published } : null;
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
