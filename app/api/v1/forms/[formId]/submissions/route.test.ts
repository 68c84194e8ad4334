import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analyticsEvents, formSubmissions, leadForms, leads, type LeadForm } from '@/db/schema';
import { createLead } from '@/lib/leads/create-lead';
import { formSubmissionResultSchema } from '@/lib/leads/capture/public-api-schemas';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { OPTIONS, POST } from './route';

const testDb = setupTestDatabase();

beforeAll(() => {
  process.env.DATABASE_URL = testDb.url;
});

async function createWorkspaceWithForm(overrides: Partial<typeof leadForms.$inferInsert> = {}) {
  const owner = await createTestUser(testDb.db);
  const org = await createTestOrg(testDb.db, owner);
  const [form] = await testDb.db
    .insert(leadForms)
    .values({
      orgId: org.id,
      name: 'Website form',
      title: 'Talk to us',
      fields: [
        { key: 'name', label: 'Name', required: true },
        { key: 'email', label: 'Email', required: true },
        { key: 'message', label: 'Message', required: false },
      ],
      successMessage: 'Thanks, talk soon!',
      ...overrides,
    })
    .returning();
  return { org, form: form! };
}

let form: LeadForm;
let ipCounter = 0;
// Each request comes from its own address unless a test says otherwise, so rate limits stay out of the way.
const nextIp = () => `198.51.100.${++ipCounter % 250}`;

beforeEach(async () => {
  await truncateAll(testDb.db);
  ({ form } = await createWorkspaceWithForm());
});

type PostOptions = { formId?: string; headers?: Record<string, string>; body: BodyInit; contentType?: string | null; query?: string };

function post({ formId = form.id, headers = {}, body, contentType = 'application/json', query = '' }: PostOptions) {
  const request = new Request(`http://beacon.test/api/v1/forms/${formId}/submissions${query}`, {
    method: 'POST',
    headers: { host: 'beacon.test', 'x-forwarded-for': nextIp(), ...(contentType ? { 'content-type': contentType } : {}), ...headers },
    body,
  });
  return POST(request, { params: Promise.resolve({ formId }) });
}

const postJson = (values: Record<string, unknown>, options: Omit<PostOptions, 'body'> = {}) => post({ ...options, body: JSON.stringify(values) });
const startedAgo = (ms: number) => Date.now() - ms;

function expectCors(response: Response) {
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  expect(response.headers.get('access-control-allow-credentials')).toBeNull();
}

describe('POST /api/v1/forms/{formId}/submissions', () => {
  it('accepts JSON from the hosted page: 200 with the form message, lead stored with attribution', async () => {
    const response = await postJson(
      { name: 'Ada', email: 'ADA@example.test', message: 'Hello', website: '', _started: startedAgo(9_000), landingPage: 'https://beacon.test/f/x?utm_source=Newsletter&utm_campaign=may', referrer: 'https://blog.example/post?id=7' },
      { headers: { origin: 'https://customer.example', 'user-agent': 'TestBrowser/1.0' } },
    );
    expect(response.status).toBe(200);
    expectCors(response);
    expect(formSubmissionResultSchema.parse(await response.json())).toEqual({ ok: true, message: 'Thanks, talk soon!', redirectUrl: null });
    const [lead] = await testDb.db.select().from(leads).where(eq(leads.orgId, form.orgId));
    expect(lead).toMatchObject({ name: 'Ada', email: 'ada@example.test', source: 'form:Website form' });
    expect(lead!.attribution).toEqual({ landingPage: '/f/x?utm_source=Newsletter&utm_campaign=may', utm: { source: 'newsletter', campaign: 'may' }, referrer: 'https://blog.example/post' });
    const [submission] = await testDb.db.select().from(formSubmissions);
    expect(submission).toMatchObject({ formId: form.id, userAgent: 'TestBrowser/1.0', createdLead: true });
    // The hidden fields decide spam and attribution; they are not part of what the visitor submitted.
    expect(Object.keys(submission!.data).sort()).toEqual(['email', 'message', 'name']);
    const [event] = await testDb.db.select().from(analyticsEvents).where(eq(analyticsEvents.type, 'form_submission'));
    expect(event).toMatchObject({ formId: form.id, utmSource: 'newsletter', props: { created: true, origin: 'https://customer.example' } });
  });

  it('answers a plain HTML form post with a 303 to the thank-you page, reading attribution from Referer', async () => {
    const body = new URLSearchParams({ name: 'Bo', email: 'bo@example.test', website: '' });
    const response = await post({
      body,
      contentType: 'application/x-www-form-urlencoded',
      headers: { accept: 'text/html,application/xhtml+xml', referer: 'https://customer.example/landing?utm_source=ads' },
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/f/${form.id}?submitted=1`);
    const [lead] = await testDb.db.select().from(leads);
    expect(lead).toMatchObject({ name: 'Bo', attribution: { landingPage: 'https://customer.example/landing?utm_source=ads', utm: { source: 'ads' } } });
  });

  it('keeps an embedded form embedded: a plain post to ?embed=1 returns to the framed thank-you page', async () => {
    const html = { contentType: 'application/x-www-form-urlencoded', headers: { accept: 'text/html' } };
    const embedded = await post({ ...html, body: new URLSearchParams({ name: 'Em', email: 'em@example.test' }), query: '?embed=1' });
    expect(embedded.status).toBe(303);
    expect(embedded.headers.get('location')).toBe(`/f/${form.id}?submitted=1&embed=1`);
    // Any other value is no flag at all: the visitor lands on the full-page thank-you as before.
    const other = await post({ ...html, body: new URLSearchParams({ name: 'En', email: 'en@example.test' }), query: '?embed=https://evil.example' });
    expect(other.headers.get('location')).toBe(`/f/${form.id}?submitted=1`);
    expect((await testDb.db.select().from(leads)).map((lead) => lead.email).sort()).toEqual(['em@example.test', 'en@example.test']);
  });

  it("sends HTML form posts on to the form's redirect URL when it has one", async () => {
    await testDb.db.update(leadForms).set({ redirectUrl: 'https://customer.example/thanks' }).where(eq(leadForms.id, form.id));
    const response = await post({ body: new URLSearchParams({ name: 'Cy', email: 'cy@example.test' }), contentType: 'application/x-www-form-urlencoded', headers: { accept: 'text/html' } });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('https://customer.example/thanks');
    const json = await postJson({ name: 'Cy', email: 'cy@example.test' });
    expect(await json.json()).toEqual({ ok: true, message: 'Thanks, talk soon!', redirectUrl: 'https://customer.example/thanks' });
  });

  it('accepts multipart form data', async () => {
    const body = new FormData();
    body.set('name', 'Di');
    body.set('email', 'di@example.test');
    body.set('message', 'From a multipart post');
    const response = await post({ body, contentType: null });
    expect(response.status).toBe(200);
    const [lead] = await testDb.db.select().from(leads);
    expect(lead).toMatchObject({ name: 'Di', email: 'di@example.test' });
  });

  it('answers 422 with an error per field, CORS headers included, and stores nothing', async () => {
    const response = await postJson({ name: '', email: 'not-an-email' });
    expect(response.status).toBe(422);
    expectCors(response);
    const problem = await response.json();
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { path: 'email', message: 'Enter a valid email address.' },
        { path: 'name', message: 'Name is required.' },
      ]),
    );
    expect(await testDb.db.select().from(leads)).toEqual([]);
  });

  it('sends a plain HTML post with bad values back to the form with ?error=invalid (embedded stays embedded)', async () => {
    const html = { contentType: 'application/x-www-form-urlencoded', headers: { accept: 'text/html,application/xhtml+xml' } };
    const bad = new URLSearchParams({ name: '', email: 'not-an-email' });
    const page = await post({ ...html, body: bad });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe(`/f/${form.id}?error=invalid`);
    const framed = await post({ ...html, body: bad, query: '?embed=1' });
    expect(framed.headers.get('location')).toBe(`/f/${form.id}?error=invalid&embed=1`);
    const multipart = new FormData();
    multipart.set('email', 'nope');
    const fromMultipart = await post({ body: multipart, contentType: null, headers: { accept: 'text/html' } });
    expect([fromMultipart.status, fromMultipart.headers.get('location')]).toEqual([303, `/f/${form.id}?error=invalid`]);
    expect(await testDb.db.select().from(leads)).toEqual([]);
  });

  it('sends a rate-limited plain HTML post back to the form with ?error=rate_limited; JSON still gets 429', async () => {
    const ip = { 'x-forwarded-for': '203.0.113.88' };
    for (let i = 0; i < 10; i++) expect((await postJson({ name: `H${i}`, email: `h${i}@example.test` }, { headers: ip })).status).toBe(200);
    const html = await post({ body: new URLSearchParams({ name: 'H10', email: 'h10@example.test' }), contentType: 'application/x-www-form-urlencoded', headers: { ...ip, accept: 'text/html' }, query: '?embed=1' });
    expect(html.status).toBe(303);
    expect(html.headers.get('location')).toBe(`/f/${form.id}?error=rate_limited&embed=1`);
    const json = await postJson({ name: 'H11', email: 'h11@example.test' }, { headers: ip });
    expect(json.status).toBe(429);
    expect(await json.json()).toMatchObject({ status: 429, code: 'rate_limited' });
  });

  it('keeps a plain HTML post to an unknown form a 404 problem, and JSON bad values a 422 problem', async () => {
    const html = { contentType: 'application/x-www-form-urlencoded', headers: { accept: 'text/html' } };
    const unknown = await post({ ...html, formId: randomUUID(), body: new URLSearchParams({ name: 'X', email: 'x@example.test' }) });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('location')).toBeNull();
    expect(unknown.headers.get('content-type')).toBe('application/problem+json');
    // A script that asks for JSON (or posts JSON) is never redirected, whatever Accept says.
    const json = await postJson({ name: '', email: 'nope' }, { headers: { accept: 'text/html' } });
    expect(json.status).toBe(422);
    expect(json.headers.get('location')).toBeNull();
  });

  it('answers 404 for unknown, malformed and switched-off forms', async () => {
    const { form: paused } = await createWorkspaceWithForm({ isActive: false });
    for (const formId of [randomUUID(), 'not-a-uuid', paused.id]) {
      const response = await postJson({ name: 'X', email: 'x@example.test' }, { formId });
      expect(response.status).toBe(404);
      expectCors(response);
    }
    expect(await testDb.db.select().from(leads)).toEqual([]);
  });

  it('refuses other content types with 415 and bodies over 32 KB with 413', async () => {
    const plain = await post({ body: 'email=x@example.test', contentType: 'text/plain' });
    expect(plain.status).toBe(415);
    expectCors(plain);
    expect(await plain.json()).toMatchObject({ status: 415, code: 'unsupported_media_type' });
    const huge = 'x'.repeat(33 * 1024);
    expect((await postJson({ name: 'Big', email: 'big@example.test', message: huge })).status).toBe(413);
    const form413 = await post({ body: new URLSearchParams({ email: 'big@example.test', message: huge }), contentType: 'application/x-www-form-urlencoded' });
    expect(form413.status).toBe(413);
    expectCors(form413);
    expect(await testDb.db.select().from(leads)).toEqual([]);
  });

  it('answers spam exactly like a real submission, but stores no lead and counts it', async () => {
    const real = await postJson({ name: 'Real', email: 'real@example.test', _started: startedAgo(5_000) });
    const honeypot = await postJson({ name: 'Bot', email: 'bot@example.test', website: 'http://spam.example', _started: startedAgo(5_000) });
    const tooFast = await postJson({ name: 'Bot', email: 'bot2@example.test', _started: startedAgo(300) });
    for (const response of [honeypot, tooFast]) {
      expect(response.status).toBe(real.status);
      expect(await response.json()).toEqual({ ok: true, message: 'Thanks, talk soon!', redirectUrl: null });
    }
    expect((await testDb.db.select().from(leads)).map((lead) => lead.email)).toEqual(['real@example.test']);
    const spam = await testDb.db.select().from(analyticsEvents).where(eq(analyticsEvents.type, 'form_spam'));
    expect(spam.map((event) => event.props.reason).sort()).toEqual(['honeypot', 'too_fast']);
  });

  it('limits one address to 10 submissions a minute per form (429 with Retry-After); others still get through', async () => {
    const ip = { 'x-forwarded-for': '203.0.113.77' };
    for (let i = 0; i < 10; i++) expect((await postJson({ name: `V${i}`, email: `v${i}@example.test` }, { headers: ip })).status).toBe(200);
    const limited = await postJson({ name: 'V10', email: 'v10@example.test' }, { headers: ip });
    expect(limited.status).toBe(429);
    expectCors(limited);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await postJson({ name: 'Other', email: 'other@example.test' })).status).toBe(200);
  });

  it("files a submission to workspace B's form in B, never in A, even for an email A knows", async () => {
    const { org: orgB, form: formB } = await createWorkspaceWithForm({ name: 'B form' });
    const { lead: leadA } = await createLead(testDb.db, { orgId: form.orgId, input: { name: 'Known to A', email: 'shared@example.test' } });
    const response = await postJson({ name: 'Posted to B', email: 'shared@example.test' }, { formId: formB.id });
    expect(response.status).toBe(200);
    const [inB] = await testDb.db.select().from(leads).where(eq(leads.orgId, orgB.id));
    expect(inB).toMatchObject({ name: 'Posted to B', email: 'shared@example.test', source: 'form:B form' });
    const [stillA] = await testDb.db.select().from(leads).where(eq(leads.id, leadA.id));
    expect(stillA).toMatchObject({ orgId: form.orgId, name: 'Known to A', attribution: null });
    expect((await testDb.db.select().from(formSubmissions)).map((row) => row.orgId)).toEqual([orgB.id]);
  });
});

describe('OPTIONS /api/v1/forms/{formId}/submissions', () => {
  it('answers the CORS preflight for any origin, without credentials', async () => {
    const response = OPTIONS();
    expect(response.status).toBe(204);
    expectCors(response);
    expect(response.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
    expect(response.headers.get('access-control-allow-headers')).toBe('Content-Type');
    expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
  });
});
