import { createHash } from 'node:crypto';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { idempotencyKeys } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { requestLogger } from '@/lib/log';
import { problemResponse } from './problem';

export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;
export const IDEMPOTENCY_REPLAYED_HEADER = 'Idempotent-Replayed';
// A stored answer is replayed for a day; after that the key may be used again for a new request.
const RETENTION = sql`interval '24 hours'`;
// A row still without an answer after this long belongs to a request that died (crash, deploy) before it
// could store or delete it; without a lease its key would answer 409 for a whole day. Far longer than any
// request may run, so a slow request is never run twice.
const IN_FLIGHT_LEASE = sql`interval '5 minutes'`;

export type IdempotentRequest = {
  orgId: string;
  /** The API key id (or user id) the key belongs to: two callers never share a key space. */
  callerId: string;
  /** The Idempotency-Key header, or null when the client sent none. */
  key: string | null;
  method: string;
  path: string;
  /** The raw request body, hashed so the same key with a different request is refused. */
  body: string;
  requestId: string;
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function requestHash({ method, path, body }: Pick<IdempotentRequest, 'method' | 'path' | 'body'>): string {
  return sha256(`${method.toUpperCase()}\n${path}\n${sha256(body)}`);
}

/**
 * Stripe-style idempotency for a POST: the first request with a key runs `run` and stores its answer; a
 * retry with the same key and the same request gets that answer again (header `Idempotent-Replayed: true`)
 * instead of creating twice. Errors thrown by `run` become problem responses here so 4xx answers are stored
 * too; a 5xx answer is not stored and the key is released, so the client's retry really runs.
 */
export async function withIdempotency(db: Db, req: IdempotentRequest, run: () => Promise<Response>): Promise<Response> {
  if (req.key === null) return run();
  const key = req.key.trim();
  if (key.length === 0 || key.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
    throw new AppError('bad_request', `The Idempotency-Key header must be 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters.`);
  }
  const hash = requestHash(req);
  const id = and(eq(idempotencyKeys.orgId, req.orgId), eq(idempotencyKeys.callerId, req.callerId), eq(idempotencyKeys.key, key));

  // An expired answer or a dead request's row frees the key; then the insert decides who runs.
  await db
    .delete(idempotencyKeys)
    .where(and(id, or(lt(idempotencyKeys.createdAt, sql`now() - ${RETENTION}`), and(isNull(idempotencyKeys.responseStatus), lt(idempotencyKeys.createdAt, sql`now() - ${IN_FLIGHT_LEASE}`)))));
  const [claimed] = await db
    .insert(idempotencyKeys)
    .values({ orgId: req.orgId, callerId: req.callerId, key, requestHash: hash })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });

  if (!claimed) return answerFromStored(db, id, hash);

  let response: Response;
  try {
    response = await run();
  } catch (error) {
    response = problemResponse(error, req.requestId);
  }
  await settle(db, id, response, req.requestId);
  return response;
}

async function answerFromStored(db: Db, id: ReturnType<typeof and>, hash: string): Promise<Response> {
  const [stored] = await db.select().from(idempotencyKeys).where(id);
  if (stored && stored.requestHash !== hash) {
    throw new AppError('unprocessable', 'This Idempotency-Key was already used with a different request. Use a new key for a new request.');
  }
  // No row (the first request just failed with a 5xx and released it) or no answer yet: the client retries.
  if (!stored || stored.responseStatus === null) {
    throw new AppError('conflict', 'A request with this Idempotency-Key is still being processed. Retry shortly.');
  }
  const status = stored.responseStatus;
  return new Response(stored.responseBody === null ? null : JSON.stringify(stored.responseBody), {
    status,
    headers: {
      ...(stored.responseBody === null ? {} : { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' }),
      [IDEMPOTENCY_REPLAYED_HEADER]: 'true',
    },
  });
}

/** Stores a non-5xx answer for replays, or releases the key after a 5xx so a retry can run. */
async function settle(db: Db, id: ReturnType<typeof and>, response: Response, requestId: string) {
  try {
    if (response.status >= 500) {
      await db.delete(idempotencyKeys).where(id);
      return;
    }
    const text = await response.clone().text();
    await db.update(idempotencyKeys).set({ responseStatus: response.status, responseBody: text ? JSON.parse(text) : null }).where(id);
  } catch (error) {
    // The client already has its answer; if it cannot be stored, the in-flight lease frees the key later.
    requestLogger(requestId).warn({ err: error }, 'could not store the idempotent response');
  }
}

/** Deletes answers past their retention: for a periodic job, so the table does not keep every key forever. */
export async function pruneIdempotencyKeys(db: Db) {
  const result = await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, sql`now() - ${RETENTION}`));
  return result.count;
}
