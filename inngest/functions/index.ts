import { JOBS } from '@/lib/jobs/registry';
import { createInngestFunction } from './create-inngest-function';

/** Every registry job as an Inngest function, served at /api/inngest. */
export const inngestFunctions = JOBS.map((job) => createInngestFunction(job));
