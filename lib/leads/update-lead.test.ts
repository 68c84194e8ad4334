import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, leads } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { createCrmWorkspace } from '@/tests/helpers/crm-workspace';
import { addMember, createTestUser } from '@/tests/helpers/factories';
import { createLead } from './create-lead';
import { createCustomField } from './custom-fields';
import { getLead } from './queries';
import { updateLeadSchema } from './schemas';
import { changeLeadStage, deleteLead, updateLead } from './update-lead';

const testDb = setupTestDatabase();

async function setup() {
  const ws = await createCrmWorkspace(testDb.db);
  const { lead } = await createLead(testDb.db, {
    orgId: ws.org.id,
    input: { name: 'Mira Patel', email: 'mira@harbor.example', company: 'Harbor Labs', phone: '+1 555 0142', title: 'Engineer', source: 'web', tags: ['a'] },
  });
  return { ...ws, lead };
}
const patch = (input: Record<string, unknown>) => updateLeadSchema.parse(input);

const stageChanges = (leadId: string) =>
  testDb.db.select().from(activities).where(and(eq(activities.leadId, leadId), eq(activities.type, 'stage_changed'))).orderBy(activities.createdAt);

describe('updateLead', () => {
  it('updates the given fields, leaves the rest and rescores', async () => {
    const { ctx, lead } = await setup();
    const updated = await updateLead(ctx, {
      leadId: lead.id,
      patch: patch({ name: ' Mira P. ', title: 'VP Engineering', priority: 'high', valueCents: 125_000, currency: 'eur', tags: ['b', 'c'] }),
    });
    expect(updated).toMatchObject({ name: 'Mira P.', title: 'VP Engineering', priority: 'high', valueCents: 125_000, currency: 'EUR', tags: ['b', 'c'] });
    expect(updated).toMatchObject({ email: 'mira@harbor.example', company: 'Harbor Labs', phone: '+1 555 0142', source: 'web' });
    expect(updated.score).toBeGreaterThan(lead.score);
    expect(updated.scoreReasons.map((r) => r.factor)).toContain('priority');
    expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(lead.updatedAt.getTime());
  });

  it("clears text fields with '' or null and lower-cases a new email", async () => {
    const { ctx, lead } = await setup();
    const cleared = await updateLead(ctx, { leadId: lead.id, patch: patch({ company: '', phone: null, title: '  ', source: null, valueCents: null }) });
    expect(cleared).toMatchObject({ company: null, phone: null, title: null, source: null, valueCents: null, email: 'mira@harbor.example' });
    const emailed = await updateLead(ctx, { leadId: lead.id, patch: patch({ email: '  Mira@Harbor.EXAMPLE ' }) });
    expect(emailed.email).toBe('mira@harbor.example');
    expect((await updateLead(ctx, { leadId: lead.id, patch: patch({ email: '' }) })).email).toBeNull();
  });

  it('answers conflict on the email field when another lead has the email, and changes nothing', async () => {
    const { ctx, org, lead } = await setup();
    await createLead(testDb.db, { orgId: org.id, input: { name: 'Taken', email: 'taken@harbor.example' } });
    const error = await expectAppError(updateLead(ctx, { leadId: lead.id, patch: patch({ name: 'Renamed', email: 'TAKEN@harbor.example' }) }), 'conflict');
    expect(error.details?.field).toBe('email');
    expect(await getLead(testDb.db, { orgId: org.id, leadId: lead.id })).toMatchObject({ name: 'Mira Patel', email: 'mira@harbor.example' });
  });

  it('lets two workspaces hold the same email', async () => {
    const { ctx, lead } = await setup();
    const other = await createCrmWorkspace(testDb.db, 'Other');
    await createLead(testDb.db, { orgId: other.org.id, input: { name: 'Twin', email: 'twin@harbor.example' } });
    expect((await updateLead(ctx, { leadId: lead.id, patch: patch({ email: 'twin@harbor.example' }) })).email).toBe('twin@harbor.example');
  });

  it('records a stage change with the stage names, and none when the stage stays', async () => {
    const { ctx, lead, stage } = await setup();
    await updateLead(ctx, { leadId: lead.id, patch: patch({ stageId: stage('New').id }) });
    await changeLeadStage(ctx, { leadId: lead.id, stageId: stage('Qualified').id });
    await updateLead(ctx, { leadId: lead.id, patch: patch({ stageId: stage('Qualified').id, name: 'Same stage' }) });
    await changeLeadStage(ctx, { leadId: lead.id, stageId: null });
    const entries = await stageChanges(lead.id);
    expect(entries.map((e) => e.body)).toEqual(['No stage → New', 'New → Qualified', 'Qualified → No stage']);
    expect(entries[1]!.data).toEqual({ fromStageId: stage('New').id, toStageId: stage('Qualified').id, fromStage: 'New', toStage: 'Qualified' });
    expect(entries[1]).toMatchObject({ actorType: 'user', actorUserId: ctx.user!.id });
    const current = await getLead(testDb.db, { orgId: ctx.org.id, leadId: lead.id });
    expect(current.stageId).toBeNull();
    expect(current.lastActivityAt).not.toBeNull();
  });

  it("refuses another workspace's stage or owner with bad_request on that field", async () => {
    const { ctx, lead } = await setup();
    const other = await createCrmWorkspace(testDb.db, 'Other');
    const stageError = await expectAppError(updateLead(ctx, { leadId: lead.id, patch: patch({ stageId: other.stage('Won').id }) }), 'bad_request');
    expect(stageError.details?.field).toBe('stageId');
    const ownerError = await expectAppError(updateLead(ctx, { leadId: lead.id, patch: patch({ ownerId: other.owner.id }) }), 'bad_request');
    expect(ownerError.details?.field).toBe('ownerId');
    expect(await stageChanges(lead.id)).toEqual([]);
  });

  it('assigns a member of the workspace, and clears the owner with null', async () => {
    const { ctx, org, lead } = await setup();
    const member = await createTestUser(testDb.db);
    await addMember(testDb.db, org, member, 'member');
    expect((await updateLead(ctx, { leadId: lead.id, patch: patch({ ownerId: member.id }) })).ownerId).toBe(member.id);
    expect((await updateLead(ctx, { leadId: lead.id, patch: patch({ ownerId: null }) })).ownerId).toBeNull();
  });

  it('validates custom fields against the definitions and merges them (null or empty removes)', async () => {
    const { ctx, lead } = await setup();
    await createCustomField(ctx, { label: 'Company size', type: 'number', options: [] });
    await createCustomField(ctx, { label: 'Renewal', type: 'date', options: [] });
    await createCustomField(ctx, { label: 'Plan', type: 'select', options: ['Basic', 'Pro'] });
    await createCustomField(ctx, { label: 'Notes', type: 'text', options: [] });

    const first = await updateLead(ctx, { leadId: lead.id, patch: patch({ customFields: { company_size: '120', renewal: '2026-04-30', plan: 'Pro' } }) });
    expect(first.customFields).toEqual({ company_size: 120, renewal: '2026-04-30', plan: 'Pro' });
    expect(first.scoreReasons.map((r) => r.factor)).toContain('company_size');

    const second = await updateLead(ctx, { leadId: lead.id, patch: patch({ customFields: { notes: ' hello ', plan: null, renewal: '' } }) });
    expect(second.customFields).toEqual({ company_size: 120, notes: 'hello' });

    const cases: [Record<string, unknown>, string][] = [
      [{ company_size: 'many' }, 'customFields.company_size'],
      [{ renewal: '30/04/2026' }, 'customFields.renewal'],
      [{ renewal: '2026-02-30' }, 'customFields.renewal'],
      [{ plan: 'Enterprise' }, 'customFields.plan'],
      [{ shoe_size: 42 }, 'customFields.shoe_size'],
    ];
    for (const [customFields, field] of cases) {
      const error = await expectAppError(updateLead(ctx, { leadId: lead.id, patch: patch({ customFields }) }), 'bad_request');
      expect(error.details?.field).toBe(field);
    }
    expect((await getLead(testDb.db, { orgId: ctx.org.id, leadId: lead.id })).customFields).toEqual({ company_size: 120, notes: 'hello' });
  });

  it("answers not_found for another workspace's lead and leaves it alone", async () => {
    const { lead, org } = await setup();
    const other = await createCrmWorkspace(testDb.db, 'Other');
    await expectAppError(updateLead(other.ctx, { leadId: lead.id, patch: patch({ name: 'Hijacked' }) }), 'not_found');
    await expectAppError(changeLeadStage(other.ctx, { leadId: lead.id, stageId: other.stage('Won').id }), 'not_found');
    expect((await getLead(testDb.db, { orgId: org.id, leadId: lead.id })).name).toBe('Mira Patel');
  });
});

describe('deleteLead', () => {
  it('deletes a lead of the workspace with its timeline', async () => {
    const { ctx, lead, stage } = await setup();
    await changeLeadStage(ctx, { leadId: lead.id, stageId: stage('New').id });
    expect(await deleteLead(ctx, { leadId: lead.id })).toEqual({ id: lead.id });
    expect(await testDb.db.select().from(leads).where(eq(leads.id, lead.id))).toEqual([]);
    expect(await testDb.db.select().from(activities).where(eq(activities.leadId, lead.id))).toEqual([]);
    await expectAppError(deleteLead(ctx, { leadId: lead.id }), 'not_found');
  });

  it("answers not_found for another workspace's lead and keeps it", async () => {
    const { lead } = await setup();
    const other = await createCrmWorkspace(testDb.db, 'Other');
    await expectAppError(deleteLead(other.ctx, { leadId: lead.id }), 'not_found');
    expect(await testDb.db.select({ id: leads.id }).from(leads).where(eq(leads.id, lead.id))).toHaveLength(1);
  });
});
