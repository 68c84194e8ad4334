import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { analyticsEvents, leadForms } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { POST } from './route';

// Each test names its own house workspace slug, so the route's minute-long cache of the house id never
// carries one test's answer into the next.
const house = vi.hoisted(() => ({ slug: 'no-house-yet' }));
vi.mock('@/lib/env', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/env')>();
  return { env: new Proxy(actual.env, { get: (target, key) => (key === 'HOUSE_ORG_SLUG' ? house.slug : Reflect.get(target, key)) }) };
});

const testDb = setupTestDatabase();

beforeAll(() => {
  process.env.DATABASE_URL = testDb.url;
});

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';
// A fresh address per request keeps the per-IP rate limit out of every test but the one about it.
const newIp = () => `10.${[...randomBytes(3)].join('.')}`;

/** Posts like navigator.sendBeacon does: a JSON string sent as text/plain. */
function collect(body: unknown, headers: Record<string, string> = {}) {
  return POST(
    new Request('http://beacon.test/api/collect', {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8', host: 'beacon.test', 'user-agent': BROWSER, 'x-forwarded-for': newIp(), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve({}) },
  );
}

async function createHouseOrg() {
  house.slug = `house-${randomBytes(4).toString('hex')}`;
  return createTestOrg(testDb.db, await createTestUser(testDb.db), { slug: house.slug });
}

async function createForm(isActive = true) {
  const org = await createTestOrg(testDb.db, await createTestUser(testDb.db));
  const [form] = await testDb.db.insert(leadForms).values({ orgId: org.id, name: 'Contact', title: 'Talk to us', fields: [], isActive }).returning();
  return { org, form: form! };
}

const eventsOf = (orgId: string) => testDb.db.select().from(analyticsEvents).where(eq(analyticsEvents.orgId, orgId));
const allEvents = () => testDb.db.select().from(analyticsEvents);

describe('POST /api/collect', () => {
  it('stores a page view in the house workspace with its path, UTM and a query-less referrer', async () => {
    const org = await createHouseOrg();
    const ip = '198.51.100.7';
    const response = await collect(
      {
        type: 'page_view',
        url: 'http://beacon.test/pricing?utm_source=Newsletter&utm_medium=Email&utm_campaign=Spring&email=ada@example.test',
        referrer: 'https://news.example/story?id=5',
      },
      { 'x-forwarded-for': ip },
    );
    expect(response.status).toBe(204);
    const rows = await eventsOf(org.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      type: 'page_view', path: '/pricing', referrer: 'https://news.example/story', utmSource: 'newsletter', utmMedium: 'email',
      utmCampaign: 'Spring', utmTerm: null, formId: null, props: {},
    });
    // Cookieless and anonymous: neither the IP nor the user agent nor the page's query is kept anywhere in the row.
    const stored = JSON.stringify(rows[0]);
    for (const secret of [ip, 'Mozilla', 'ada@example.test']) expect(stored).not.toContain(secret);
  });

  it('accepts application/json and drops a referrer from this same site', async () => {
    const org = await createHouseOrg();
    const response = await collect({ type: 'page_view', url: 'http://beacon.test/blog', referrer: 'http://beacon.test/' }, { 'content-type': 'application/json' });
    expect(response.status).toBe(204);
    expect(await eventsOf(org.id)).toMatchObject([{ path: '/blog', referrer: null, utmSource: null }]);
  });

  it('compares page URLs with the forwarded origin behind a proxy', async () => {
    const org = await createHouseOrg();
    const headers = { host: 'internal:3000', 'x-forwarded-host': 'www.beacon.example', 'x-forwarded-proto': 'https' };
    expect((await collect({ type: 'page_view', url: 'https://www.beacon.example/' }, headers)).status).toBe(204);
    expect(await eventsOf(org.id)).toMatchObject([{ path: '/' }]);
  });

  it('drops a page view that claims another site\'s URL', async () => {
    const org = await createHouseOrg();
    expect((await collect({ type: 'page_view', url: 'https://evil.example/fake' })).status).toBe(204);
    expect(await eventsOf(org.id)).toHaveLength(0);
  });

  it('answers 204 and stores nothing when there is no house workspace', async () => {
    house.slug = `missing-${randomBytes(4).toString('hex')}`;
    const before = (await allEvents()).length;
    expect((await collect({ type: 'page_view', url: 'http://beacon.test/' })).status).toBe(204);
    expect((await allEvents()).length).toBe(before);
  });

  it('stores a form view in the form\'s workspace', async () => {
    await createHouseOrg();
    const { org, form } = await createForm();
    const response = await collect({ type: 'form_view', formId: form.id, url: `http://beacon.test/f/${form.id}?utm_source=LinkedIn`, referrer: '' });
    expect(response.status).toBe(204);
    expect(await eventsOf(org.id)).toMatchObject([{ type: 'form_view', formId: form.id, path: `/f/${form.id}`, utmSource: 'linkedin', referrer: null }]);
  });

  it('answers 204 without storing for an unknown or inactive form', async () => {
    const { org, form } = await createForm(false);
    const before = (await allEvents()).length;
    for (const formId of [form.id, '0b6f7c1e-1f2a-4c3b-9d4e-5f6a7b8c9d0e']) {
      const response = await collect({ type: 'form_view', formId, url: `http://beacon.test/f/${formId}` });
      expect(response.status).toBe(204);
      expect(await response.text()).toBe('');
    }
    expect(await eventsOf(org.id)).toHaveLength(0);
    expect((await allEvents()).length).toBe(before);
  });

  it('skips known bots, crawlers, headless browsers and Lighthouse', async () => {
    const org = await createHouseOrg();
    const agents = ['Mozilla/5.0 (compatible; Googlebot/2.1)', 'Sogou web spider/4.0', 'Mozilla/5.0 HeadlessChrome/140.0', 'Chrome-Lighthouse', 'SomeCrawler/1.0'];
    for (const agent of agents) {
      expect((await collect({ type: 'page_view', url: 'http://beacon.test/' }, { 'user-agent': agent })).status).toBe(204);
    }
    expect(await eventsOf(org.id)).toHaveLength(0);
  });

  it('refuses a body over 4 KB with 413', async () => {
    const org = await createHouseOrg();
    const response = await collect({ type: 'page_view', url: `http://beacon.test/${'a'.repeat(5000)}` });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await eventsOf(org.id)).toHaveLength(0);
  });

  it('answers 422 with field errors for an invalid event', async () => {
    const missingForm = await collect({ type: 'form_view', url: 'not a url' });
    expect(missingForm.status).toBe(422);
    expect(missingForm.headers.get('content-type')).toBe('application/problem+json');
    const paths = ((await missingForm.json()) as { errors: { path: string }[] }).errors.map((error) => error.path).sort();
    expect(paths).toEqual(['formId', 'url']);

    const badType = await collect({ type: 'click', url: 'http://beacon.test/' });
    expect(badType.status).toBe(422);
    expect(((await badType.json()) as { errors: { path: string }[] }).errors.map((error) => error.path)).toEqual(['type']);

    const notHttp = await collect({ type: 'page_view', url: 'ftp://beacon.test/x' });
    expect(notHttp.status).toBe(422);
  });

  it('answers 400, not 500, to a body that is not JSON', async () => {
    expect((await collect('{"type":')).status).toBe(400);
    expect((await collect('')).status).toBe(400);
  });

  it('rate-limits each IP to 120 events a minute with 429 and Retry-After', async () => {
    const org = await createHouseOrg();
    const ip = '192.0.2.44';
    for (let i = 0; i < 120; i++) {
      expect((await collect({ type: 'page_view', url: `http://beacon.test/p/${i}` }, { 'x-forwarded-for': ip })).status).toBe(204);
    }
    const limited = await collect({ type: 'page_view', url: 'http://beacon.test/over' }, { 'x-forwarded-for': ip });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await eventsOf(org.id)).toHaveLength(120);
    // Another network is unaffected.
    expect((await collect({ type: 'page_view', url: 'http://beacon.test/' }, { 'x-forwarded-for': '192.0.2.45' })).status).toBe(204);
  });
});
