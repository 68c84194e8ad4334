import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { contentPosts } from '@/db/schema';
import { getSessionUser } from '@/lib/server/session';
import { createManualPosts } from '@/tests/helpers/marketing-studio';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import { POST } from './route';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.member });

const call = (slug: string, body: unknown) =>
  POST(
    new Request(`http://beacon.test/api/orgs/${slug}/content/generate`, {
      method: 'POST',
      headers: { origin: 'http://beacon.test', host: 'beacon.test', 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve({ orgSlug: slug }) },
  );
const postsOf = (orgId: string) => testDb.db.select().from(contentPosts).where(eq(contentPosts.orgId, orgId));

describe('POST /api/orgs/{orgSlug}/content/generate', () => {
  it('streams NDJSON progress and each saved post as it lands', async () => {
    const response = await call(w.a.org.slug, { platform: 'x', count: 2, topic: 'Monthly close' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    const events = (await response.text()).trim().split('\n').map((line) => JSON.parse(line));
    expect(events.map((e) => e.type)).toEqual(['start', 'writing', 'post', 'writing', 'post', 'done']);
    expect(events[0]).toMatchObject({ total: 2, provider: 'offline', remaining: 5 });
    const saved = await postsOf(w.a.org.id);
    expect(events.filter((e) => e.type === 'post').map((e) => e.post.id).sort()).toEqual(saved.map((p) => p.id).sort());
    expect(saved.every((p) => p.createdById === w.a.member.id && p.platform === 'x')).toBe(true);
  });

  it('answers 402 problem+json before streaming when the month is used up', async () => {
    await createManualPosts(testDb.db, w.a.org.id, 5);
    const response = await call(w.a.org.slug, { platform: 'linkedin', count: 7 });
    expect(response.status).toBe(402);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ code: 'limit_exceeded', detail: expect.stringMatching(/5 posts/) });
  });

  it('answers 422 with field errors to bad input, and 400 to a body that is not JSON', async () => {
    const response = await call(w.a.org.slug, { platform: 'myspace', count: 31 });
    expect(response.status).toBe(422);
    expect((await response.json()).errors.map((e: { path: string }) => e.path).sort()).toEqual(['count', 'platform']);
    expect((await call(w.a.org.slug, '{nope')).status).toBe(400);
  });

  it("answers 404 to another workspace's owner and writes nothing there", async () => {
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    expect((await call(w.a.org.slug, { platform: 'x', count: 1 })).status).toBe(404);
    expect(await postsOf(w.a.org.id)).toEqual([]);
  });
});
