import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { aiMessages, aiThreads } from '@/db/schema';
import { getThreadMessages, listThreads } from '@/lib/ai/chat/threads';
import { saveThreadMessages } from '@/lib/ai/chat/persist-messages';
import { getSessionUser } from '@/lib/server/session';
import { ctxFor } from '@/tests/helpers/factories';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import { createThreadAction } from './create-thread';
import { deleteThreadAction } from './delete-thread';
import { renameThreadAction } from './rename-thread';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.member });

const threadRow = async (id: string) => (await testDb.db.select().from(aiThreads).where(eq(aiThreads.id, id)))[0];

describe('assistant thread actions', () => {
  it('create, rename and delete a thread of my own (its messages go with it)', async () => {
    const created = await createThreadAction({ orgSlug: w.a.org.slug });
    const id = created.data!.id;
    expect(await threadRow(id)).toMatchObject({ orgId: w.a.org.id, userId: w.a.member.id, title: 'New chat' });

    const renamed = await renameThreadAction({ orgSlug: w.a.org.slug, threadId: id, title: '  Q3 pipeline review ' });
    expect(renamed.data).toEqual({ id, title: 'Q3 pipeline review' });

    await saveThreadMessages(testDb.db, { orgId: w.a.org.id, threadId: id, messages: [{ id: 'm-1', role: 'user', parts: [{ type: 'text', text: 'Hi' }] }] });
    const deleted = await deleteThreadAction({ orgSlug: w.a.org.slug, threadId: id });
    expect(deleted.data).toEqual({ id });
    expect(await threadRow(id)).toBeUndefined();
    expect(await testDb.db.select().from(aiMessages).where(eq(aiMessages.threadId, id))).toEqual([]);
  });

  it('rejects an empty or overlong title and a malformed id with field errors', async () => {
    const { data } = await createThreadAction({ orgSlug: w.a.org.slug });
    const empty = await renameThreadAction({ orgSlug: w.a.org.slug, threadId: data!.id, title: '  ' });
    expect(empty.validationErrors?.fieldErrors.title).toEqual(['Give the chat a title.']);
    const long = await renameThreadAction({ orgSlug: w.a.org.slug, threadId: data!.id, title: 'x'.repeat(121) });
    expect(long.validationErrors?.fieldErrors.title).toBeDefined();
    const badId = await deleteThreadAction({ orgSlug: w.a.org.slug, threadId: 'nope' });
    expect(badId.validationErrors?.fieldErrors.threadId).toBeDefined();
  });

  it("answers 'not found' for a colleague's thread and another workspace's, changing nothing", async () => {
    const { data } = await createThreadAction({ orgSlug: w.a.org.slug });
    sessionUser.mockResolvedValue(asSession(w.a.owner));
    expect((await renameThreadAction({ orgSlug: w.a.org.slug, threadId: data!.id, title: 'Mine now' })).serverError).toBe('Chat not found.');
    expect((await deleteThreadAction({ orgSlug: w.a.org.slug, threadId: data!.id })).serverError).toBe('Chat not found.');
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    expect((await deleteThreadAction({ orgSlug: w.b.org.slug, threadId: data!.id })).serverError).toBe('Chat not found.');
    expect((await createThreadAction({ orgSlug: w.a.org.slug })).serverError).toBe('Workspace not found.');
    expect(await threadRow(data!.id)).toMatchObject({ title: 'New chat' });
  });

  it('lists only my threads, most recent first, and reads messages of my own threads only', async () => {
    const first = (await createThreadAction({ orgSlug: w.a.org.slug })).data!.id;
    const second = (await createThreadAction({ orgSlug: w.a.org.slug })).data!.id;
    sessionUser.mockResolvedValue(asSession(w.a.owner));
    await createThreadAction({ orgSlug: w.a.org.slug });
    const member = ctxFor(testDb.db, w.a.org, w.a.member, 'member');
    await saveThreadMessages(testDb.db, { orgId: w.a.org.id, threadId: first, messages: [{ id: 'm-2', role: 'user', parts: [{ type: 'text', text: 'Newest activity' }] }] });

    expect((await listThreads(member)).map((thread) => thread.id)).toEqual([first, second]);
    expect(await getThreadMessages(member, first)).toEqual([{ id: 'm-2', role: 'user', parts: [{ type: 'text', text: 'Newest activity' }] }]);
    const owner = ctxFor(testDb.db, w.a.org, w.a.owner, 'owner');
    await expect(getThreadMessages(owner, first)).rejects.toMatchObject({ code: 'not_found' });
  });
});
