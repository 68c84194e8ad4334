import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { savedViews } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { createCrmWorkspace } from '@/tests/helpers/crm-workspace';
import { addMember, createTestUser, ctxFor } from '@/tests/helpers/factories';
import { deleteSavedView, listSavedViews, saveView, saveViewSchema } from './saved-views';

const testDb = setupTestDatabase();

async function twoMembers() {
  const ws = await createCrmWorkspace(testDb.db);
  const colleague = await createTestUser(testDb.db, { name: 'Colleague' });
  await addMember(testDb.db, ws.org, colleague, 'admin');
  return { ...ws, colleague, colleagueCtx: ctxFor(testDb.db, ws.org, colleague, 'admin') };
}

describe('saved views', () => {
  it('saves the list state without the cursor and lists only the saver’s views, by name', async () => {
    const { ctx, org, owner, colleague, colleagueCtx, stage } = await twoMembers();
    const hot = await saveView(ctx, saveViewSchema.parse({ name: 'Hot leads', query: { scoreMin: '70', sort: 'score_desc', cursor: 'abc' }, columns: ['name', 'score'] }));
    await saveView(ctx, saveViewSchema.parse({ name: 'Fresh', query: { stageId: stage('New').id } }));
    await saveView(colleagueCtx, saveViewSchema.parse({ name: 'Mine', query: {} }));
    expect(hot).toMatchObject({ orgId: org.id, userId: owner.id, name: 'Hot leads', state: { query: { scoreMin: '70', sort: 'score_desc' }, columns: ['name', 'score'] } });
    expect((await listSavedViews(testDb.db, { orgId: org.id, userId: owner.id })).map((v) => v.name)).toEqual(['Fresh', 'Hot leads']);
    expect((await listSavedViews(testDb.db, { orgId: org.id, userId: colleague.id })).map((v) => v.name)).toEqual(['Mine']);
  });

  it('checks the stored filters with the list’s own schema', () => {
    const ok = (query: Record<string, string>) => saveViewSchema.safeParse({ name: 'v', query }).success;
    expect(ok({ q: 'acme', tags: 'vip,uk', hasOpenTasks: 'true', sort: 'name_asc', limit: '25' })).toBe(true);
    expect(ok({ scoreMin: '200' })).toBe(false);
    expect(ok({ sort: 'random' })).toBe(false);
    expect(ok({ stageId: 'not-a-uuid' })).toBe(false);
    expect(saveViewSchema.safeParse({ name: 'v', query: {}, columns: ['name', 'password'] }).success).toBe(false);
    expect(saveViewSchema.safeParse({ name: '  ', query: {} }).success).toBe(false);
  });

  it('another user of the same workspace cannot delete my view', async () => {
    const { ctx, org, owner, colleagueCtx } = await twoMembers();
    const view = await saveView(ctx, { name: 'Private', query: {} });
    await expectAppError(deleteSavedView(colleagueCtx, { viewId: view.id }), 'not_found');
    expect(await listSavedViews(testDb.db, { orgId: org.id, userId: owner.id })).toHaveLength(1);
    expect(await deleteSavedView(ctx, { viewId: view.id })).toEqual({ id: view.id });
    expect(await testDb.db.select().from(savedViews).where(eq(savedViews.id, view.id))).toEqual([]);
  });

  it('the same user cannot delete their view through another workspace', async () => {
    const { ctx, owner } = await twoMembers();
    const view = await saveView(ctx, { name: 'Scoped', query: {} });
    const other = await createCrmWorkspace(testDb.db, 'Other');
    await addMember(testDb.db, other.org, owner, 'member');
    await expectAppError(deleteSavedView(ctxFor(testDb.db, other.org, owner, 'member'), { viewId: view.id }), 'not_found');
    expect(await testDb.db.select().from(savedViews).where(eq(savedViews.id, view.id))).toHaveLength(1);
  });

  it('refuses API keys (no user) and stops at 30 views', async () => {
    const { ctx, org, owner } = await twoMembers();
    await expectAppError(saveView({ ...ctx, user: null, actor: 'api_key' }, { name: 'Bot', query: {} }), 'forbidden');
    await testDb.db.insert(savedViews).values(Array.from({ length: 30 }, (_, i) => ({ orgId: org.id, userId: owner.id, name: `V${i}`, state: { query: {} } })));
    await expectAppError(saveView(ctx, { name: 'One more', query: {} }), 'bad_request');
  });
});
