import { getHealthReport } from '@/lib/health';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

// GET /api/health - database reachability, schema state, cron job heartbeats and which provider implementations run.
// Degraded (late crons) still answers 200: the app serves requests; only a down database is 503.
export const GET = route(async () => {
  const report = await getHealthReport();
  return Response.json(report, {
    status: report.status === 'down' ? 503 : 200,
    headers: { 'cache-control': 'no-store' },
  });
});
