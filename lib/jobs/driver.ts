import { getProviderStatus } from '@/lib/providers/status';

export type JobDriver = 'inngest' | 'local';

/** Which driver runs background jobs: Inngest when its keys (or INNGEST_DEV) are set, else the in-process runner. */
export function getJobDriver(): JobDriver {
  return getProviderStatus().jobs;
}
