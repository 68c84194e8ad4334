// Runs once when a server process starts. Background work starts only in the Node.js server, never while
// `next build` collects pages.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const [{ getJobDriver }, { log }] = await Promise.all([import('@/lib/jobs/driver'), import('@/lib/log')]);
  const driver = getJobDriver();
  if (driver === 'inngest') {
    log.info({ driver }, 'background jobs run on Inngest (/api/inngest)');
    return;
  }
  if (!process.env.DATABASE_URL) {
    log.warn({ driver }, 'background jobs are off: DATABASE_URL is not set');
    return;
  }
  const { startLocalRunner } = await import('@/lib/jobs/local/local-runner');
  startLocalRunner();
  log.info({ driver }, 'background jobs run in this process (local runner)');
}
