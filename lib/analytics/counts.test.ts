import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { analyticsEvents, leadForms } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { formEventCounts, siteEventCounts } from './counts';
import { recordAnalyticsEvent } from './record-event';

const testDb = setupTestDatabase();

async function twoOrgs() {
  const owner = await createTestUser(testDb.db);
  return { org: await createTestOrg(testDb.db, owner), other: await createTestOrg(testDb.db, owner) };
}

async function insertTestForm(db: typeof testDb.db, orgId: string) {
  const [form] = await db.insert(leadForms).values({ orgId, name: 'Contact', title: 'Talk to us', fields: [] }).returning();
  return form!;
}

const rows = (n: number, row: typeof analyticsEvents.$inferInsert) => Array.from({ length: n }, () => row);

describe('formEventCounts', () => {
  it('counts views and spam per form in the workspace, with zeros for quiet forms', async () => {
    const { org, other } = await twoOrgs();
    const [busy, quiet, unasked] = [await insertTestForm(testDb.db, org.id), await insertTestForm(testDb.db, org.id), await insertTestForm(testDb.db, org.id)];
    await testDb.db.insert(analyticsEvents).values([
      ...rows(5, { orgId: org.id, type: 'form_view', formId: busy.id }),
      ...rows(3, { orgId: org.id, type: 'form_spam', formId: busy.id }),
      // Submissions are counted from their stored rows, not from events; page views are not form events;
      // rows of forms not asked for, or another workspace's rows naming this form: none may count.
      ...rows(2, { orgId: org.id, type: 'form_submission', formId: busy.id }),
      { orgId: org.id, type: 'page_view', formId: busy.id },
      ...rows(4, { orgId: org.id, type: 'form_view', formId: unasked.id }),
      ...rows(7, { orgId: other.id, type: 'form_view', formId: busy.id }),
    ]);
    const missing = randomUUID();

    const counts = await formEventCounts(testDb.db, { orgId: org.id, formIds: [busy.id, quiet.id, missing] });

    expect([...counts.entries()]).toEqual([
      [busy.id, { views: 5, spam: 3 }],
      [quiet.id, { views: 0, spam: 0 }],
      [missing, { views: 0, spam: 0 }],
    ]);
  });

  it('answers an empty map for no forms', async () => {
    const { org } = await twoOrgs();
    expect((await formEventCounts(testDb.db, { orgId: org.id, formIds: [] })).size).toBe(0);
  });
});

describe('siteEventCounts', () => {
  it('totals page views since a moment and ranks paths, ignoring query strings, old rows and other workspaces', async () => {
    const { org, other } = await twoOrgs();
    const since = new Date('2026-03-01T00:00:00Z');
    const at = new Date('2026-03-02T00:00:00Z');
    const view = (path: string, occurredAt = at, orgId = org.id) => recordAnalyticsEvent(testDb.db, { orgId, type: 'page_view', path, occurredAt });
    await view('/pricing');
    await view('/pricing?ref=x');
    await view('/pricing');
    await view('/');
    await view('/blog');
    await view('/blog');
    await view('/blog', new Date('2026-02-01T00:00:00Z'));
    await view('/blog', at, other.id);
    await recordAnalyticsEvent(testDb.db, { orgId: org.id, type: 'form_view', path: '/blog', occurredAt: at });

    const counts = await siteEventCounts(testDb.db, { orgId: org.id, since, limit: 2 });

    expect(counts).toEqual({ pageViews: 6, topPaths: [{ path: '/pricing', views: 3 }, { path: '/blog', views: 2 }] });
  });
});

describe('recordAnalyticsEvent', () => {
  it('stores UTM in its columns and clips oversized values', async () => {
    const { org } = await twoOrgs();
    await recordAnalyticsEvent(testDb.db, {
      orgId: org.id,
      type: 'page_view',
      path: `/${'p'.repeat(2500)}`,
      referrer: `https://ref.example/${'r'.repeat(600)}`,
      utm: { source: 'news', campaign: 'c'.repeat(250) },
      props: { note: 'kept' },
    });
    const [row] = await testDb.db.select().from(analyticsEvents).where(eq(analyticsEvents.orgId, org.id));
    expect(row).toMatchObject({ utmSource: 'news', utmMedium: null, utmCampaign: 'c'.repeat(200), formId: null, props: { note: 'kept' } });
    expect(row!.path).toHaveLength(2000);
    expect(row!.referrer).toHaveLength(500);
  });
});
