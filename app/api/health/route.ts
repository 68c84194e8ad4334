import { getHealthReport } from '@/lib/health';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

// GET /api/health - database reachability, schema state and which provider implementations run
export const GET = route(async () => {
  const report = await getHealthReport();
  return Response.json(report, {
    status: report.status === 'ok' ? 200 : 503,
    headers: { 'cache-control': 'no-store' },
  });
});
