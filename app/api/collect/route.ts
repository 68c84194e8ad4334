// POST /api/collect - cookieless page and form view beacons from browsers; answers 204 whatever was counted
import { getDb } from '@/db';
import { analyticsLimitKey, collectEvent, isBotUserAgent } from '@/lib/analytics/collect-event';
import { collectEventSchema, MAX_COLLECT_BODY_BYTES } from '@/lib/analytics/collect-schema';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { parseJsonText, readTextBody } from '@/lib/http/json-body';
import { problemResponse } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { clientIp, requestOrigin } from '@/lib/server/request-meta';
import { consumeLimit } from '@/lib/rate-limit/limits';

const noContent = () => new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });

// sendBeacon posts text/plain;charset=UTF-8 and fetch posts application/json: the body is read as JSON text
// either way, never as a form.
export const POST = route(async (request, { requestId }) => {
  if (isBotUserAgent(request.headers.get('user-agent'))) return noContent();
  const db = getDb();
  try {
    await consumeLimit(db, 'analytics-ip', analyticsLimitKey(clientIp(request.headers)));
  } catch (error) {
    const retryAfter = error instanceof AppError ? error.details?.retryAfterSeconds : undefined;
    return problemResponse(error, requestId, retryAfter ? { 'retry-after': String(retryAfter) } : undefined);
  }
  const event = collectEventSchema.parse(parseJsonText(await readTextBody(request, MAX_COLLECT_BODY_BYTES)));
  await collectEvent(db, { event, selfOrigin: requestOrigin(request.headers), houseOrgSlug: env.HOUSE_ORG_SLUG });
  return noContent();
});
