import { after } from 'next/server';
import type { Db } from '@/db';
import { runImport } from '@/lib/leads/import/run-import';
import { log } from '@/lib/log';

/**
 * Runs the import worker after the response has been sent (on the Node server `after` keeps the process
 * busy until it finishes). Kicking twice is harmless: runImport claims the import atomically, so a second
 * worker finds it held and returns at once. If this process dies mid-import, the next status poll sees a
 * stale heartbeat and kicks a new worker, which resumes from the last committed batch.
 */
export function kickImportWorker(db: Db, importId: string) {
  after(async () => {
    try {
      await runImport(db, { importId });
    } catch (error) {
      log.error({ err: error, importId }, 'lead import worker could not run');
    }
  });
}
