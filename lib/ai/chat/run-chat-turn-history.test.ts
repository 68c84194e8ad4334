import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { MockLanguageModelV4 } from 'ai/test';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { aiToolActions, auditLogs, tasks } from '@/db/schema';
import { isAppError } from '@/lib/errors';
import { mockChatModel, providerOf, readUiChunks, userMessage, type MockStep } from '@/tests/helpers/assistant-chat';
import { ctxFor } from '@/tests/helpers/factories';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import type { ChatRequest } from './chat-request';
import { saveThreadMessages } from './persist-messages';
import { runChatTurn, type ChatTurnOptions } from './run-chat-turn';
import { createThread, getThreadMessages } from './threads';
import type { AssistantUIMessage } from './ui-message';

const { testDb, w } = setupTwoWorkspacesTest();

const memberCtx = () => ctxFor(testDb.db, w.a.org, w.a.member, 'member');
type Model = ReturnType<typeof mockChatModel>;

function start(model: Model, request: ChatRequest, options: ChatTurnOptions = {}) {
  return runChatTurn(memberCtx(), request, { modelDeps: { provider: providerOf(model) }, ...options });
}
async function turn(steps: MockStep[], request: ChatRequest) {
  const model = mockChatModel(steps);
  await readUiChunks(await start(model, request));
  return model;
}
const ask = (threadId: string, text: string, id?: string): ChatRequest => ({ threadId, trigger: 'submit-message', message: userMessage(text, id) });
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (isAppError(error) ? error : null));
const textOf = (message: AssistantUIMessage | undefined) => message?.parts.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('');

/** A model that writes `text`, then waits for release() (or the call's abort) before finishing. */
function heldModel(text: string) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const model = new MockLanguageModelV4({
    doStream: async ({ abortSignal }) => ({
      stream: new ReadableStream<LanguageModelV4StreamPart>({
        async start(controller) {
          controller.enqueue({ type: 'stream-start', warnings: [] });
          controller.enqueue({ type: 'text-start', id: 't1' });
          controller.enqueue({ type: 'text-delta', id: 't1', delta: text });
          await Promise.race([released, new Promise((resolve) => abortSignal?.addEventListener('abort', resolve))]);
          if (abortSignal?.aborted) return controller.error(abortSignal.reason);
          controller.enqueue({ type: 'text-end', id: 't1' });
          controller.enqueue({ type: 'finish', finishReason: { unified: 'stop', raw: undefined }, usage: { inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined }, outputTokens: { total: 1, text: 1, reasoning: undefined } } });
          controller.close();
        },
      }),
    }),
  });
  return { model, release };
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return read();
}

async function proposeTask(threadId: string, toolCallId: string) {
  await turn([{ toolCalls: [{ toolName: 'createTask', input: { title: 'Call Lead A', leadId: w.a.lead.id }, toolCallId }] }], ask(threadId, 'Create a task to call Lead A', `u-${toolCallId}`));
}

async function approveAll(threadId: string): Promise<ChatRequest> {
  const last = (await getThreadMessages(memberCtx(), threadId)).at(-1)!;
  const parts = last.parts.map((part) => ('state' in part && part.state === 'approval-requested' ? { ...part, state: 'approval-responded', approval: { ...part.approval, approved: true } } : part));
  return { threadId, trigger: 'submit-message', message: { ...last, parts } as unknown as ChatRequest['message'] };
}

const aiTasks = () => testDb.db.select().from(tasks).where(and(eq(tasks.orgId, w.a.org.id), eq(tasks.source, 'ai')));

describe('assistant turns and the stored history', () => {
  it('refuses to regenerate or resend past an answer whose write ran (409), so the task is never made twice', async () => {
    const thread = await createThread(memberCtx());
    await proposeTask(thread.id, 'call-ran');
    await turn([{ text: 'Done.' }], await approveAll(thread.id));
    const stored = await getThreadMessages(memberCtx(), thread.id);
    const again = mockChatModel([{ toolCalls: [{ toolName: 'createTask', input: { title: 'Call Lead A', leadId: w.a.lead.id } }] }]);

    const regenerate = await refusal(start(again, { threadId: thread.id, trigger: 'regenerate-message', messageId: stored.at(-1)!.id, message: userMessage('x') }));
    expect(regenerate).toMatchObject({ code: 'conflict', message: expect.stringContaining('would be made twice') });
    const resend = await refusal(start(again, ask(thread.id, 'Create a task to call Lead A', 'u-call-ran')));
    expect(resend).toMatchObject({ code: 'conflict' });

    expect(again.doStreamCalls).toHaveLength(0);
    expect(await aiTasks()).toHaveLength(1);
    expect(await getThreadMessages(memberCtx(), thread.id)).toEqual(stored);
  });

  it('regenerates only the newest answer, and records a proposal it drops as declined', async () => {
    const thread = await createThread(memberCtx());
    await proposeTask(thread.id, 'call-dropped');
    const [, proposal] = await getThreadMessages(memberCtx(), thread.id);
    const stale = await refusal(start(mockChatModel([{ text: 'x' }]), { threadId: thread.id, trigger: 'regenerate-message', messageId: 'msg-not-the-last', message: userMessage('x') }));
    expect(stale).toMatchObject({ code: 'conflict' });

    await turn([{ text: 'Maybe call them tomorrow.' }], { threadId: thread.id, trigger: 'regenerate-message', messageId: proposal!.id, message: userMessage('x') });
    const actions = await testDb.db.select().from(aiToolActions).where(eq(aiToolActions.orgId, w.a.org.id));
    expect(actions).toEqual([expect.objectContaining({ toolCallId: 'call-dropped', status: 'denied', error: 'Not approved: the answer was written again.' })]);
    const audit = await testDb.db.select().from(auditLogs).where(and(eq(auditLogs.orgId, w.a.org.id), eq(auditLogs.action, 'assistant.tool_denied')));
    expect(audit).toHaveLength(1);
    expect(textOf((await getThreadMessages(memberCtx(), thread.id)).at(-1))).toBe('Maybe call them tomorrow.');
  });

  it('keeps both of two turns that overlap, each answer right after its own question', async () => {
    const thread = await createThread(memberCtx());
    const slow = heldModel('Answer to the first.');
    const first = await start(slow.model, ask(thread.id, 'First question', 'u-first'));
    const firstRead = readUiChunks(first);
    await turn([{ text: 'Answer to the second.' }], ask(thread.id, 'Second question', 'u-second'));
    slow.release();
    await firstRead;

    const stored = await eventually(() => getThreadMessages(memberCtx(), thread.id), (messages) => messages.length === 4);
    expect(stored.map((message) => textOf(message))).toEqual(['First question', 'Answer to the first.', 'Second question', 'Answer to the second.']);
  });

  it('Stop ends the model call and keeps what was written so far', async () => {
    const thread = await createThread(memberCtx());
    const held = heldModel('Half an ans');
    const stop = new AbortController();
    const response = await start(held.model, ask(thread.id, 'Tell me everything'), { abortSignal: stop.signal });
    const reader = response.body!.getReader();
    let seen = '';
    while (!seen.includes('Half an ans')) seen += new TextDecoder().decode((await reader.read()).value);
    stop.abort();
    await reader.cancel().catch(() => undefined);

    expect(held.model.doStreamCalls[0]!.abortSignal?.aborted).toBe(true);
    const stored = await eventually(() => getThreadMessages(memberCtx(), thread.id), (messages) => messages.length === 2);
    expect(textOf(stored[1])).toBe('Half an ans');
    held.release();
  });

  it('settles approvals a crash left without a result from the recorded actions; an unrecorded one can be answered again', async () => {
    const thread = await createThread(memberCtx());
    const call = (toolCallId: string) => ({ type: 'tool-createTask', toolCallId, state: 'approval-responded', input: { title: 'Call Lead A', leadId: w.a.lead.id }, approval: { id: `ap-${toolCallId}`, approved: true } });
    const crashed = { id: 'a-crashed', role: 'assistant', parts: [{ type: 'step-start' }, call('call-done'), call('call-failed'), call('call-lost')] } as AssistantUIMessage;
    await saveThreadMessages(testDb.db, { orgId: w.a.org.id, threadId: thread.id, messages: [{ id: 'u-crash', role: 'user', parts: [{ type: 'text', text: 'Make tasks' }] }, crashed] });
    const recorded = { orgId: w.a.org.id, threadId: thread.id, userId: w.a.member.id, tool: 'createTask', input: {} };
    await testDb.db.insert(aiToolActions).values([
      { ...recorded, toolCallId: 'call-done', status: 'executed', result: { taskId: 't-1', title: 'Call Lead A' } },
      { ...recorded, toolCallId: 'call-failed', status: 'failed', error: 'That lead does not exist in this workspace.' },
    ]);

    const parts = (await getThreadMessages(memberCtx(), thread.id))[1]!.parts.slice(1);
    expect(parts).toMatchObject([
      { toolCallId: 'call-done', state: 'output-available', output: { taskId: 't-1' } },
      { toolCallId: 'call-failed', state: 'output-error', errorText: 'That lead does not exist in this workspace.' },
      { toolCallId: 'call-lost', state: 'approval-requested', approval: { id: 'ap-call-lost' } },
    ]);
    expect(parts[2]).not.toHaveProperty('approval.approved');

    await turn([{ text: 'Done.' }], await approveAll(thread.id));
    expect(await aiTasks()).toHaveLength(1);
    const settled = (await getThreadMessages(memberCtx(), thread.id))[1]!.parts;
    expect(settled.filter((part) => part.type.startsWith('tool-')).map((part) => (part as { state: string }).state)).toEqual(['output-available', 'output-error', 'output-available']);
  });

  it('sends the model only the recent messages; the stored thread stays whole', async () => {
    const thread = await createThread(memberCtx());
    const history = Array.from({ length: 50 }, (_, index): AssistantUIMessage => ({ id: `h-${index}`, role: index % 2 === 0 ? 'user' : 'assistant', parts: [{ type: 'text', text: `Message ${index}` }] }));
    await saveThreadMessages(testDb.db, { orgId: w.a.org.id, threadId: thread.id, messages: history });
    const model = await turn([{ text: 'Recent only.' }], ask(thread.id, 'And now?'));

    const prompt = model.doStreamCalls[0]!.prompt;
    expect(prompt.length - 1).toBeLessThanOrEqual(40);
    expect(prompt[1]).toMatchObject({ role: 'user' });
    expect(JSON.stringify(prompt)).not.toContain('"Message 10"');
    expect(prompt.at(-1)).toMatchObject({ role: 'user', content: [{ type: 'text', text: 'And now?' }] });
    expect(await getThreadMessages(memberCtx(), thread.id)).toHaveLength(52);
  });
});
