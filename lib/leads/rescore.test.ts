import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, leads, orgs } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { createCrmWorkspace } from '@/tests/helpers/crm-workspace';
import { recomputeLeadScore, rescoreWorkspace } from './rescore';

const testDb = setupTestDatabase();
const DAY = 86_400_000;
const T0 = new Date('2026-01-01T12:00:00Z');

/** A lead with no fit points whose only activity is one meeting at `at` (worth 15 + 12 on the day). */
async function leadWithMeeting(orgId: string, at = T0, name = 'Quiet lead') {
  const [lead] = await testDb.db.insert(leads).values({ orgId, name, lastActivityAt: at, score: 99 }).returning();
  await testDb.db.insert(activities).values({ orgId, leadId: lead!.id, type: 'meeting', actorType: 'system', occurredAt: at });
  return lead!;
}

const scoreOf = async (id: string) => (await testDb.db.select().from(leads).where(eq(leads.id, id)))[0]!;

describe('recomputeLeadScore', () => {
  it('stores the score and every reason behind it', async () => {
    const { org } = await createCrmWorkspace(testDb.db);
    const [lead] = await testDb.db
      .insert(leads)
      .values({ orgId: org.id, name: 'Fit', email: 'cfo@lumen.example', company: 'Lumen', title: 'CFO', source: 'referral', priority: 'high', customFields: { company_size: 50 } })
      .returning();
    await testDb.db.insert(activities).values({ orgId: org.id, leadId: lead!.id, type: 'call', actorType: 'user', occurredAt: T0 });
    const result = await recomputeLeadScore(testDb.db, { orgId: org.id, leadId: lead!.id, now: T0 });
    // 20 priority + 10 company + 5 source + 10 senior title + 10 business email + 10 size = 65; + 15 activity + 6 call.
    expect(result!.score).toBe(86);
    const stored = await scoreOf(lead!.id);
    expect(stored.score).toBe(86);
    expect(stored.scoreReasons).toEqual(result!.reasons);
    expect(stored.scoreReasons.map((r) => r.factor)).toEqual(['priority', 'company', 'source', 'title', 'email_domain', 'company_size', 'activity', 'engagement.call']);
    expect(stored.scoreReasons.find((r) => r.factor === 'email_domain')!.label).toBe('Business email (lumen.example)');
  });

  it("ignores lead_merged entries and returns null for another workspace's lead without touching it", async () => {
    const a = await createCrmWorkspace(testDb.db, 'A');
    const b = await createCrmWorkspace(testDb.db, 'B');
    const [lead] = await testDb.db.insert(leads).values({ orgId: a.org.id, name: 'Merged only', score: 42 }).returning();
    await testDb.db.insert(activities).values({ orgId: a.org.id, leadId: lead!.id, type: 'lead_merged', actorType: 'user', occurredAt: T0 });
    expect(await recomputeLeadScore(testDb.db, { orgId: b.org.id, leadId: lead!.id, now: T0 })).toBeNull();
    expect((await scoreOf(lead!.id)).score).toBe(42);
    expect(await recomputeLeadScore(testDb.db, { orgId: a.org.id, leadId: lead!.id, now: T0 })).toEqual({ score: 0, reasons: [] });
  });
});

describe('rescoreWorkspace', () => {
  it('decays engagement as time passes, by the workspace half-life', async () => {
    const { org } = await createCrmWorkspace(testDb.db);
    const lead = await leadWithMeeting(org.id);
    const at = async (days: number) => {
      await rescoreWorkspace(testDb.db, { orgId: org.id, now: new Date(T0.getTime() + days * DAY) });
      return scoreOf(lead.id);
    };
    expect((await at(0)).score).toBe(27);
    expect((await at(14)).score).toBe(21);
    const after28 = await at(28);
    expect(after28.score).toBe(18);
    expect(after28.scoreReasons).toEqual([
      { factor: 'activity', label: 'Has activity on record', points: 15 },
      { factor: 'engagement.meeting', label: '1 × meeting (recent ones count most)', points: 3 },
    ]);

    await testDb.db.update(orgs).set({ scoreHalfLifeDays: 7 }).where(eq(orgs.id, org.id));
    // Two half-lives of 7 days: 12 → 3.
    expect((await at(14)).score).toBe(18);
  });

  it('rescores only leads with activity inside the window (ten half-lives)', async () => {
    const { org } = await createCrmWorkspace(testDb.db);
    const recent = await leadWithMeeting(org.id, T0, 'Recent');
    const ancient = await leadWithMeeting(org.id, new Date(T0.getTime() - 200 * DAY), 'Ancient');
    const [never] = await testDb.db.insert(leads).values({ orgId: org.id, name: 'Never', score: 77 }).returning();
    const result = await rescoreWorkspace(testDb.db, { orgId: org.id, now: new Date(T0.getTime() + DAY) });
    expect(result).toEqual({ rescored: 1 });
    expect((await scoreOf(recent.id)).score).toBe(26);
    expect((await scoreOf(ancient.id)).score).toBe(99);
    expect((await scoreOf(never!.id)).score).toBe(77);

    // 141 days later the recent lead has left the window as well.
    expect(await rescoreWorkspace(testDb.db, { orgId: org.id, now: new Date(T0.getTime() + 141 * DAY) })).toEqual({ rescored: 0 });
  });

  it('works through more leads than one batch, each exactly once, and stays in its workspace', async () => {
    const a = await createCrmWorkspace(testDb.db, 'A');
    const b = await createCrmWorkspace(testDb.db, 'B');
    const inA = [];
    for (let i = 0; i < 8; i++) inA.push(await leadWithMeeting(a.org.id, new Date(T0.getTime() - i * DAY), `A${i}`));
    const inB = await leadWithMeeting(b.org.id, T0, 'B');

    const result = await rescoreWorkspace(testDb.db, { orgId: a.org.id, now: T0, batchSize: 3 });
    expect(result).toEqual({ rescored: 8 });
    const rows = await testDb.db.select().from(leads).where(inArray(leads.id, inA.map((l) => l.id)));
    const expected = (daysAgo: number) => 15 + Math.round(12 * 0.5 ** (daysAgo / 14));
    for (const [i, lead] of inA.entries()) expect(rows.find((r) => r.id === lead.id)!.score).toBe(expected(i));
    expect((await scoreOf(inB.id)).score).toBe(99);
  });

  it('agrees with recomputeLeadScore for the same moment', async () => {
    const { org } = await createCrmWorkspace(testDb.db);
    const [lead] = await testDb.db.insert(leads).values({ orgId: org.id, name: 'Both', company: 'Same', title: 'Head of Ops', lastActivityAt: T0 }).returning();
    await testDb.db.insert(activities).values([
      { orgId: org.id, leadId: lead!.id, type: 'form_submitted', actorType: 'system', occurredAt: new Date(T0.getTime() - 3 * DAY) },
      { orgId: org.id, leadId: lead!.id, type: 'email_opened', actorType: 'system', occurredAt: T0 },
    ]);
    const now = new Date(T0.getTime() + 5 * DAY);
    const single = await recomputeLeadScore(testDb.db, { orgId: org.id, leadId: lead!.id, now });
    await testDb.db.update(leads).set({ score: 0, scoreReasons: [] }).where(eq(leads.id, lead!.id));
    await rescoreWorkspace(testDb.db, { orgId: org.id, now });
    const stored = await scoreOf(lead!.id);
    expect({ score: stored.score, reasons: stored.scoreReasons }).toEqual(single);
  });
});
