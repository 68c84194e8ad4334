// Runs once when a server process starts. Scheduled work starts only in the Node.js server, never while
// `next build` collects pages.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startLocalSchedule } = await import('@/lib/jobs/local-schedule');
  startLocalSchedule();
}
