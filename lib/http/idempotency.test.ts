import { and, eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { idempotencyKeys } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { setupTestDatabase } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { pruneIdempotencyKeys, requestHash, withIdempotency, type IdempotentRequest } from './idempotency';

const testDb = setupTestDatabase();
let request: IdempotentRequest;

beforeEach(async () => {
  const org = await createTestOrg(testDb.db, await createTestUser(testDb.db));
  request = { orgId: org.id, callerId: 'key-1', key: 'k-1', method: 'POST', path: '/api/v1/leads', body: '{"name":"Ada"}', requestId: 'req-1' };
});

/** A handler that counts its runs and answers what it is given. */
function handler(answer: () => Response | Promise<Response>) {
  const calls = { count: 0 };
  const run = async () => {
    calls.count += 1;
    return answer();
  };
  return { run, calls };
}

describe('withIdempotency', () => {
  it('runs every time without a key', async () => {
    const { run, calls } = handler(() => Response.json({ ok: true }, { status: 201 }));
    await withIdempotency(testDb.db, { ...request, key: null }, run);
    await withIdempotency(testDb.db, { ...request, key: null }, run);
    expect(calls.count).toBe(2);
  });

  it('stores a 4xx thrown by the handler as problem+json and replays it', async () => {
    const { run, calls } = handler(() => {
      throw new AppError('not_found', 'Lead not found.');
    });
    const first = await withIdempotency(testDb.db, request, run);
    const replay = await withIdempotency(testDb.db, request, run);
    expect(calls.count).toBe(1);
    expect([first.status, replay.status]).toEqual([404, 404]);
    expect(replay.headers.get('content-type')).toBe('application/problem+json');
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect((await replay.json()).detail).toBe('Lead not found.');
  });

  it('releases the key after a 5xx so the retry runs', async () => {
    let fail = true;
    const { run, calls } = handler(() => (fail ? Response.json({ error: 'boom' }, { status: 503 }) : Response.json({ ok: true }, { status: 201 })));
    expect((await withIdempotency(testDb.db, request, run)).status).toBe(503);
    expect(await testDb.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.orgId, request.orgId))).toHaveLength(0);
    fail = false;
    const retry = await withIdempotency(testDb.db, request, run);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    expect(calls.count).toBe(2);
  });

  it('answers 409 while the first request runs, and frees a dead request’s key after the lease', async () => {
    await testDb.db.insert(idempotencyKeys).values({ orgId: request.orgId, callerId: request.callerId, key: 'k-1', requestHash: 'unused' });
    const { run, calls } = handler(() => Response.json({ ok: true }, { status: 201 }));
    // Same key, request hash of the in-flight row differs: the mismatch is reported first.
    await expectAppError(withIdempotency(testDb.db, request, run), 'unprocessable');
    const row = eq(idempotencyKeys.orgId, request.orgId);
    await testDb.db.update(idempotencyKeys).set({ requestHash: requestHash(request) }).where(row);
    await expectAppError(withIdempotency(testDb.db, request, run), 'conflict');
    expect(calls.count).toBe(0);

    await testDb.db.update(idempotencyKeys).set({ createdAt: sql`now() - interval '6 minutes'` }).where(row);
    expect((await withIdempotency(testDb.db, request, run)).status).toBe(201);
    expect(calls.count).toBe(1);
  });

  it('keeps keys apart per caller and prunes answers older than a day', async () => {
    const { run, calls } = handler(() => Response.json({ ok: true }, { status: 201 }));
    await withIdempotency(testDb.db, request, run);
    await withIdempotency(testDb.db, { ...request, callerId: 'key-2' }, run);
    expect(calls.count).toBe(2);
    await testDb.db.update(idempotencyKeys).set({ createdAt: sql`now() - interval '25 hours'` }).where(and(eq(idempotencyKeys.orgId, request.orgId), eq(idempotencyKeys.callerId, 'key-1')));
    expect(await pruneIdempotencyKeys(testDb.db)).toBe(1);
    expect((await testDb.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.orgId, request.orgId))).map((row) => row.callerId)).toEqual(['key-2']);
  });

  it('refuses an empty or over-long key', async () => {
    const { run } = handler(() => Response.json({}));
    await expectAppError(withIdempotency(testDb.db, { ...request, key: ' ' }, run), 'bad_request');
    await expectAppError(withIdempotency(testDb.db, { ...request, key: 'x'.repeat(256) }, run), 'bad_request');
  });
});
