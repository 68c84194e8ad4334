import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/v1/org/route';
import { createApiKey, revokeApiKey } from '@/lib/auth/api-keys';
import { consumeLimit, LIMITS } from '@/lib/rate-limit/limits';
import { setupTestDatabase } from '@/tests/db';
import { addMember, createTestOrg, createTestUser, ctxFor } from '@/tests/helpers/factories';
import { getSessionUser } from './session';
import { assertSameOrigin, withOrg } from './with-org';

vi.mock('./session', () => ({ getSessionUser: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const testDb = setupTestDatabase();

beforeAll(() => {
  process.env.DATABASE_URL = testDb.url;
});
beforeEach(() => {
  sessionUser.mockResolvedValue(null);
});

function call(headers: Record<string, string> = {}, params: Record<string, string> = {}) {
  return GET(new Request('http://beacon.test/api/v1/org', { headers }), { params: Promise.resolve(params) });
}

async function setup() {
  const owner = await createTestUser(testDb.db);
  const org = await createTestOrg(testDb.db, owner);
  const ctx = ctxFor(testDb.db, org, owner, 'owner');
  return { owner, org, ctx };
}

describe('withOrg with API keys', () => {
  it('answers for the key’s own workspace and echoes its scopes', async () => {
    const { org, ctx } = await setup();
    const { secret } = await createApiKey(ctx, { name: 'ci', scopes: ['org.read', 'leads.read'] });
    const response = await call({ authorization: `Bearer ${secret}` });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ id: org.id, slug: org.slug });
    expect(body.key.scopes).toEqual(['org.read', 'leads.read']);
    // Next calls handlers of routes without dynamic segments with no params at all.
    const bare = await (GET as unknown as (request: Request) => Promise<Response>)(new Request('http://beacon.test/api/v1/org', { headers: { authorization: `Bearer ${secret}` } }));
    expect(bare.status).toBe(200);
  });

  it('refuses a key without the needed scope with 403', async () => {
    const { ctx } = await setup();
    const { secret } = await createApiKey(ctx, { name: 'leads only', scopes: ['leads.read'] });
    const response = await call({ authorization: `Bearer ${secret}` });
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  it('refuses unknown and revoked keys with 401', async () => {
    const { ctx } = await setup();
    const { key, secret } = await createApiKey(ctx, { name: 'soon revoked', scopes: ['org.read'] });
    expect((await call({ authorization: 'Bearer bk_live_not-a-real-key' })).status).toBe(401);
    await revokeApiKey(ctx, { keyId: key.id });
    expect((await call({ authorization: `Bearer ${secret}` })).status).toBe(401);
  });

  it('answers 429 with Retry-After once a key has used its per-minute allowance', async () => {
    const { ctx } = await setup();
    const { key, secret } = await createApiKey(ctx, { name: 'busy', scopes: ['org.read'] });
    await consumeLimit(testDb.db, 'api-key', key.id, LIMITS['api-key'].points);
    const response = await call({ authorization: `Bearer ${secret}` });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses a request with neither a key nor a session with 401', async () => {
    expect((await call()).status).toBe(401);
  });
});

describe('withOrg with a session', () => {
  it('resolves the workspace only through membership: a stranger gets 404', async () => {
    const { org } = await setup();
    const stranger = await createTestUser(testDb.db);
    sessionUser.mockResolvedValue({ id: stranger.id, email: stranger.email, name: null, isStaff: false, lastOrgId: null });
    const response = await call({}, { orgSlug: org.slug });
    expect(response.status).toBe(404);
  });

  it('serves a member of the workspace', async () => {
    const { org } = await setup();
    const member = await createTestUser(testDb.db);
    await addMember(testDb.db, org, member, 'member');
    sessionUser.mockResolvedValue({ id: member.id, email: member.email, name: null, isStaff: false, lastOrgId: null });
    const response = await call({}, { orgSlug: org.slug });
    expect(response.status).toBe(200);
    expect((await response.json()).key).toBeNull();
  });
});

describe('withOrg cross-site checks', () => {
  it('refuses a cookie-authenticated write whose Origin is "null" or foreign with 403, not 500', async () => {
    const { org, owner } = await setup();
    sessionUser.mockResolvedValue({ id: owner.id, email: owner.email, name: null, isStaff: false, lastOrgId: null });
    const POST = withOrg(async () => Response.json({ ok: true }), { permission: 'org.read' });
    const send = (origin: string) =>
      POST(new Request('http://beacon.test/api/orgs/x', { method: 'POST', headers: { origin, host: 'beacon.test' } }), { params: Promise.resolve({ orgSlug: org.slug }) });
    expect((await send('null')).status).toBe(403);
    expect((await send('https://evil.example')).status).toBe(403);
    expect((await send('http://beacon.test')).status).toBe(200);
  });
});

describe('assertSameOrigin', () => {
  const post = (headers: Record<string, string>, method = 'POST') => new Request('http://beacon.test/api/x', { method, headers });

  it('lets writes from this host through, behind a proxy too, and never checks reads', () => {
    expect(() => assertSameOrigin(post({ origin: 'http://beacon.test', host: 'beacon.test' }))).not.toThrow();
    expect(() => assertSameOrigin(post({ origin: 'https://crm.example', host: '127.0.0.1:3000', 'x-forwarded-host': 'crm.example' }))).not.toThrow();
    expect(() => assertSameOrigin(post({ origin: 'https://evil.example', host: 'beacon.test' }, 'GET'))).not.toThrow();
  });

  it('refuses a write with a foreign, "null" or missing Origin as forbidden', () => {
    const refused: Record<string, string>[] = [{ origin: 'https://evil.example', host: 'beacon.test' }, { origin: 'null', host: 'beacon.test' }, { host: 'beacon.test' }];
    for (const headers of refused) {
      expect(() => assertSameOrigin(post(headers)), JSON.stringify(headers)).toThrow(expect.objectContaining({ code: 'forbidden' }));
    }
  });
});
