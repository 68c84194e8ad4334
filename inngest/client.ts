import { Inngest } from 'inngest';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { JobRunRecorder } from './functions/run-recorder';

/**
 * Beacon's one Inngest client. INNGEST_DEV talks to a local Inngest dev server (no signing); otherwise the
 * event and signing keys address Inngest Cloud, or a self-hosted server when the SDK's own INNGEST_BASE_URL
 * is set. Constructing it never throws, so builds and the local driver import it safely.
 */
export const inngest = new Inngest({
  id: 'beacon',
  isDev: env.INNGEST_DEV,
  eventKey: env.INNGEST_EVENT_KEY,
  signingKey: env.INNGEST_SIGNING_KEY,
  logger: log.child({ component: 'inngest' }),
  middleware: [JobRunRecorder],
});
