import { describe, expect, it } from 'vitest';
import { ctxFor } from '@/tests/helpers/factories';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { loadThreadMessages, saveThreadMessages, saveTurnAnswer, saveTurnInput } from './persist-messages';
import { createThread } from './threads';
import type { AssistantUIMessage } from './ui-message';

const { testDb, w } = setupTwoWorkspacesTest();

const say = (id: string, role: 'user' | 'assistant' = 'user'): AssistantUIMessage => ({ id, role, parts: [{ type: 'text', text: id }] });

async function storedThread(ids: string[]) {
  const thread = await createThread(ctxFor(testDb.db, w.a.org, w.a.member, 'member'));
  const ref = { orgId: w.a.org.id, threadId: thread.id };
  await saveThreadMessages(testDb.db, { ...ref, messages: ids.map((id) => say(id, id.startsWith('a') ? 'assistant' : 'user')) });
  const order = async () => (await loadThreadMessages(testDb.db, ref)).map(({ message, position }) => `${message.id}@${position}`);
  return { ref, order };
}

describe('stored thread messages', () => {
  it('upserts by id without touching messages it was not given', async () => {
    const { ref, order } = await storedThread(['u1', 'a1']);
    await saveThreadMessages(testDb.db, { ...ref, messages: [{ ...say('a1', 'assistant'), parts: [{ type: 'text', text: 'edited' }] }, say('u2')] });
    expect(await order()).toEqual(['u1@0', 'a1@1', 'u2@2']);
    expect((await loadThreadMessages(testDb.db, ref))[1]!.message.parts).toEqual([{ type: 'text', text: 'edited' }]);
  });

  it("stores a turn's input: the dropped tail deleted, the new question appended", async () => {
    const { ref, order } = await storedThread(['u1', 'a1', 'u2', 'a2']);
    const stored = await loadThreadMessages(testDb.db, ref);
    await saveTurnInput(testDb.db, { ...ref, stored, messages: [say('u1'), say('a1', 'assistant'), { ...say('u2'), parts: [{ type: 'text', text: 'edited' }] }] });
    expect(await order()).toEqual(['u1@0', 'a1@1', 'u2@2']);
  });

  it('puts an answer right after its question even when a later turn came first, and drops one whose question is gone', async () => {
    const { ref, order } = await storedThread(['u1', 'u2', 'a2']);
    expect(await saveTurnAnswer(testDb.db, { ...ref, answers: 'u1', message: say('a1', 'assistant') })).toBe(true);
    expect(await order()).toEqual(['u1@0', 'a1@1', 'u2@2', 'a2@3']);

    expect(await saveTurnAnswer(testDb.db, { ...ref, answers: 'u-removed', message: say('a-orphan', 'assistant') })).toBe(false);
    expect(await order()).toEqual(['u1@0', 'a1@1', 'u2@2', 'a2@3']);
    // A continued message is updated where it is.
    expect(await saveTurnAnswer(testDb.db, { ...ref, answers: 'a1', message: { ...say('a1', 'assistant'), parts: [{ type: 'text', text: 'more' }] } })).toBe(true);
    expect(await order()).toEqual(['u1@0', 'a1@1', 'u2@2', 'a2@3']);
  });
});
