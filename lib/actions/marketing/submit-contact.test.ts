import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyticsEvents, emailMessages, formSubmissions, leads } from '@/db/schema';
import { env } from '@/lib/env';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { submitContactAction } from './submit-contact';

// The public action never reads the session, but the action client module imports it (and next-auth).
vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
// Next's request-scoped helper, replaced so the action can run outside a request; the IP is switchable.
const request = vi.hoisted(() => ({ ip: '192.0.2.1' }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ host: 'beacon.test', 'x-forwarded-for': request.ip, 'user-agent': 'ContactTest/1.0' }),
}));

const testDb = setupTestDatabase();
let ipCounter = 0;

beforeAll(() => {
  process.env.DATABASE_URL = testDb.url;
});

beforeEach(async () => {
  await truncateAll(testDb.db);
  request.ip = `192.0.2.${++ipCounter}`;
});

async function createHouse() {
  const owner = await createTestUser(testDb.db, { email: 'operator@example.test' });
  return createTestOrg(testDb.db, owner, { slug: env.HOUSE_ORG_SLUG });
}

const visitor = { name: 'Ada Lovelace', email: 'Ada@Example.test', company: 'Analytical', message: 'Can we talk about Beacon?', website: '' };
const started = () => Date.now() - 12_000;

describe('submit-contact action', () => {
  it("files the message as a lead in the house workspace, with UTM from the landing page, and tells its owners", async () => {
    const house = await createHouse();
    const result = await submitContactAction({ ...visitor, _started: started(), landingPage: 'https://beacon.test/pricing?utm_source=Twitter&utm_medium=social', referrer: 'https://t.co/abc' });
    expect(result.data).toEqual({ message: 'Thanks! We will be in touch soon.' });
    const [lead] = await testDb.db.select().from(leads).where(eq(leads.orgId, house.id));
    expect(lead).toMatchObject({ name: 'Ada Lovelace', email: 'ada@example.test', company: 'Analytical', source: 'contact' });
    expect(lead!.attribution).toMatchObject({ utm: { source: 'twitter', medium: 'social' }, referrer: 'https://t.co/abc' });
    const [submission] = await testDb.db.select().from(formSubmissions);
    expect(submission).toMatchObject({ orgId: house.id, formId: null, userAgent: 'ContactTest/1.0', data: { message: 'Can we talk about Beacon?' } });
    const [mail] = await testDb.db.select().from(emailMessages);
    expect(mail).toMatchObject({ toAddress: 'operator@example.test', subject: 'New submission: Contact form' });
  });

  it('says clearly when the installation has no house workspace', async () => {
    const result = await submitContactAction({ ...visitor, _started: started() });
    expect(result.serverError).toBe('The contact form is not set up on this installation.');
    expect(await testDb.db.select().from(leads)).toEqual([]);
  });

  it('answers bots like people: a honeypot or a missing start time stores nothing but counts spam', async () => {
    const house = await createHouse();
    const honeypot = await submitContactAction({ ...visitor, website: 'https://spam.example', _started: started() });
    const noStart = await submitContactAction({ ...visitor });
    expect(honeypot.data).toEqual({ message: 'Thanks! We will be in touch soon.' });
    expect(noStart.data).toEqual(honeypot.data);
    expect(await testDb.db.select().from(leads)).toEqual([]);
    const spam = await testDb.db.select().from(analyticsEvents).where(eq(analyticsEvents.orgId, house.id));
    expect(spam.map((event) => [event.type, event.props.reason]).sort()).toEqual([['form_spam', 'bad_timestamp'], ['form_spam', 'honeypot']]);
  });

  it('puts invalid values on their fields', async () => {
    await createHouse();
    const result = await submitContactAction({ ...visitor, email: 'nope', message: ' ', _started: started() });
    expect(result.validationErrors?.fieldErrors).toMatchObject({ email: ['Enter a valid email address.'], message: ['Message is required.'] });
    expect(await testDb.db.select().from(leads)).toEqual([]);
  });

  it('limits one address to 10 messages a minute', async () => {
    await createHouse();
    for (let i = 0; i < 10; i++) expect((await submitContactAction({ ...visitor, email: `v${i}@example.test`, _started: started() })).data).toBeDefined();
    const limited = await submitContactAction({ ...visitor, email: 'v10@example.test', _started: started() });
    expect(limited.serverError).toMatch(/^Too many submissions from your network\. Try again in \d+ seconds\.$/);
    expect(await testDb.db.select().from(leads)).toHaveLength(10);
  });
});
