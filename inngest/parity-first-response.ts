import type { Db } from '@/db';
import { businessProfiles, leads } from '@/db/schema';
import type { Labels, ParityTrigger } from './test-parity';
import { recordActivity } from '@/lib/leads/activities';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { FIRST_RESPONSE_DRAFT_JOB } from '@/lib/ai/replies/first-response-draft-job';

/**
 * The driver-parity scenario for lead-first-response-draft (same shape as inngest/parity-scenarios.ts):
 * a new lead with an email and a message, in a workspace with a business profile, gets one offline draft.
 */
export const FIRST_RESPONSE_DRAFT_PARITY_SCENARIO = {
  job: FIRST_RESPONSE_DRAFT_JOB,
  title: 'a new lead with a message gets a first response drafted, waiting for approval',
  build: async (db: Db): Promise<{ labels: Labels; trigger: ParityTrigger }> => {
    const owner = await createTestUser(db, { name: 'Reply owner', email: 'owner@reply.test' });
    const org = await createTestOrg(db, owner, { name: 'Parity reply', slug: 'reply' });
    await db.insert(businessProfiles).values({ orgId: org.id, description: 'We build websites for bakeries', audience: 'independent bakers' });
    const [lead] = await db.insert(leads).values({ orgId: org.id, name: 'Jane Doe', email: 'jane@bakery.test', company: 'Doe Bakes' }).returning();
    await recordActivity(db, { org, actor: 'system', user: null }, { leadId: lead!.id, type: 'form_submitted', body: 'Our site is slow on phones. Can you help?' });
    const event = { name: 'lead/created' as const, data: { orgId: org.id, leadId: lead!.id, source: 'Website form' }, id: 'parity-reply-lead-created' };
    return { labels: { [org.id]: 'org:reply', [owner.id]: 'owner:reply', [lead!.id]: 'lead:jane' }, trigger: { event } };
  },
};
