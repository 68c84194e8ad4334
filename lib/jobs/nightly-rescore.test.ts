import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { leads } from '@/db/schema';
import { recordActivity } from '@/lib/leads/activities';
import { createLead } from '@/lib/leads/create-lead';
import { setupTestDatabase } from '@/tests/db';
import { createTestOrg, createTestUser, ctxFor } from '@/tests/helpers/factories';
import { runNightlyRescore } from './nightly-rescore';

const testDb = setupTestDatabase();

describe('runNightlyRescore', () => {
  it('runs once per day however many processes fire it, and lets engagement decay', async () => {
    const owner = await createTestUser(testDb.db);
    const org = await createTestOrg(testDb.db, owner);
    const ctx = ctxFor(testDb.db, org, owner, 'owner');
    const { lead } = await createLead(testDb.db, { orgId: org.id, input: { name: 'Decay', email: 'decay@gmail.com' } });
    await recordActivity(testDb.db, ctx, { leadId: lead.id, type: 'form_submitted' });
    const [fresh] = await testDb.db.select().from(leads).where(eq(leads.id, lead.id));

    const later = new Date(Date.now() + 28 * 86_400_000);
    const [first, second] = await Promise.all([runNightlyRescore(testDb.db, later), runNightlyRescore(testDb.db, later)]);
    expect([first, second].filter(Boolean)).toHaveLength(1);
    expect((first ?? second)!.rescored).toBeGreaterThanOrEqual(1);

    const [decayed] = await testDb.db.select().from(leads).where(eq(leads.id, lead.id));
    // 12 form points after two 14-day half-lives are worth 3.
    expect(fresh!.score - decayed!.score).toBe(9);
    expect(await runNightlyRescore(testDb.db, later)).toBeNull();
  });
});
