import { Cron } from 'croner';
import { getDb } from '@/db';
import { log } from '@/lib/log';
import { NIGHTLY_RESCORE, runNightlyRescore } from './nightly-rescore';

let started: Cron[] | null = null;

/** Starts this process's scheduled work once; ticks are claimed in Postgres so instances never double up. */
export function startLocalSchedule() {
  if (started) return;
  started = [
    new Cron(NIGHTLY_RESCORE.cron, { name: NIGHTLY_RESCORE.name, timezone: 'UTC', protect: true }, async () => {
      try {
        const result = await runNightlyRescore(getDb());
        if (result) log.info({ job: NIGHTLY_RESCORE.name, ...result }, 'nightly rescore finished');
      } catch (error) {
        log.error({ err: error, job: NIGHTLY_RESCORE.name }, 'nightly rescore failed');
      }
    }),
  ];
}
