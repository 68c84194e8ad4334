import { APICallError } from '@ai-sdk/provider';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { aiToolActions, auditLogs, tasks } from '@/db/schema';
import { AppError, isAppError } from '@/lib/errors';
import { log } from '@/lib/log';
import { createLead } from '@/lib/leads/create-lead';
import { mockChatModel, providerOf, readUiChunks, userMessage, type MockStep } from '@/tests/helpers/assistant-chat';
import { ctxFor } from '@/tests/helpers/factories';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import type { ChatRequest } from './chat-request';
import { runChatTurn, safeErrorText, type ChatTurnOptions } from './run-chat-turn';
import { createThread, getThreadMessages } from './threads';
import { createTaskTool } from './tools/task-tools';
import { createToolRuntime } from './tools/runtime';
import type { AssistantUIMessage } from './ui-message';

const { testDb, w } = setupTwoWorkspacesTest();

const memberCtx = () => ctxFor(testDb.db, w.a.org, w.a.member, 'member');

async function turn(steps: MockStep[] | ReturnType<typeof mockChatModel>, request: ChatRequest, options: ChatTurnOptions = {}) {
  const model = Array.isArray(steps) ? mockChatModel(steps) : steps;
  const response = await runChatTurn(memberCtx(), request, { modelDeps: { provider: providerOf(model) }, ...options });
  return { model, response, chunks: await readUiChunks(response) };
}

/** The stored last assistant message with every pending approval answered, as useChat sends it back. */
async function answered(threadId: string, approved: boolean): Promise<ChatRequest> {
  const stored = await getThreadMessages(memberCtx(), threadId);
  const last = stored.at(-1)!;
  const parts = last.parts.map((part) =>
    'state' in part && part.state === 'approval-requested' ? { ...part, state: 'approval-responded', approval: { ...part.approval, approved } } : part,
  );
  return { threadId, trigger: 'submit-message', messageId: last.id, message: { ...last, parts } as unknown as ChatRequest['message'] };
}

const aiTasks = () => testDb.db.select().from(tasks).where(and(eq(tasks.orgId, w.a.org.id), eq(tasks.source, 'ai')));
const actions = () => testDb.db.select().from(aiToolActions).where(eq(aiToolActions.orgId, w.a.org.id));
const toolPart = (messages: AssistantUIMessage[]) => messages.at(-1)!.parts.find((part) => part.type.startsWith('tool-')) as { state: string; errorText?: string } | undefined;

describe('an assistant turn', () => {
  it('sends the system prompt, the history and the tools, streams metadata, and stores both messages with a title', async () => {
    const thread = await createThread(memberCtx());
    const { model, chunks } = await turn([{ text: 'Hello from the model.' }], { threadId: thread.id, trigger: 'submit-message', message: userMessage('How is my pipeline doing this week?') });

    const call = model.doStreamCalls[0]!;
    expect(call.prompt[0]).toMatchObject({ role: 'system' });
    const system = String(call.prompt[0]!.content);
    expect(system).toContain(`growth assistant for ${w.a.org.name}, talking with Member A`);
    expect(system).toContain('Leads: 2 in all, 2 open.');
    expect(system).toContain('Open tasks: 1 (0 overdue). Assigned to the user: 1 (0 overdue).');
    expect(call.prompt.at(-1)).toMatchObject({ role: 'user', content: [{ type: 'text', text: 'How is my pipeline doing this week?' }] });
    expect((call.tools ?? []).map((tool) => tool.name).sort()).toEqual(
      ['addNote', 'createTask', 'draftEmail', 'draftSocialPost', 'getLead', 'listStaleLeads', 'listTasks', 'pipelineSummary', 'searchLeads'],
    );
    expect(chunks.find((chunk) => chunk.type === 'start')).toMatchObject({ messageMetadata: { provider: 'openai' } });

    const stored = await getThreadMessages(memberCtx(), thread.id);
    expect(stored.map((message) => message.role)).toEqual(['user', 'assistant']);
    expect(stored[1]!.parts).toContainEqual(expect.objectContaining({ type: 'text', text: 'Hello from the model.' }));
    expect(stored[1]!.metadata).toMatchObject({ provider: 'openai' });
    const [row] = await testDb.db.query.aiThreads.findMany({ where: (t, { eq: equal }) => equal(t.id, thread.id) });
    expect(row!.title).toBe('How is my pipeline doing this week?');
  });

  it('runs a write tool only after approval, exactly once, and records it', async () => {
    const thread = await createThread(memberCtx());
    const proposal: MockStep = { toolCalls: [{ toolName: 'createTask', input: { title: 'Call Lead A', leadId: w.a.lead.id }, toolCallId: 'call-task-1' }] };
    const first = await turn([proposal], { threadId: thread.id, trigger: 'submit-message', message: userMessage('Create a task to call Lead A') });
    expect(first.chunks.some((chunk) => chunk.type === 'tool-approval-request')).toBe(true);
    expect(await aiTasks()).toEqual([]);
    expect(toolPart(await getThreadMessages(memberCtx(), thread.id))?.state).toBe('approval-requested');

    const approval = await answered(thread.id, true);
    const second = await turn([{ text: 'Done.' }], approval);
    expect(second.chunks).toContainEqual(expect.objectContaining({ type: 'tool-output-available', toolCallId: 'call-task-1' }));
    const created = await aiTasks();
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ title: 'Call Lead A', leadId: w.a.lead.id, assigneeId: w.a.member.id, createdById: w.a.member.id });
    expect(await actions()).toEqual([expect.objectContaining({ toolCallId: 'call-task-1', tool: 'createTask', status: 'executed', userId: w.a.member.id, threadId: thread.id })]);
    expect(await testDb.db.select().from(auditLogs).where(and(eq(auditLogs.orgId, w.a.org.id), eq(auditLogs.action, 'assistant.createTask')))).toHaveLength(1);
    expect(toolPart(await getThreadMessages(memberCtx(), thread.id))?.state).toBe('output-available');

    // The same approval again: the stored call is no longer waiting, so nothing runs.
    const replay = await runChatTurn(memberCtx(), approval, { modelDeps: { provider: providerOf(mockChatModel([{ text: 'x' }])) } }).catch((error: unknown) => error);
    expect(isAppError(replay) && replay.code).toBe('bad_request');
    // Even a direct second execution of the same tool call returns the recorded result instead of a second task.
    const tool = createTaskTool(createToolRuntime(memberCtx(), { threadId: thread.id, provider: 'openai' }));
    const again = await tool.execute!({ title: 'Call Lead A', leadId: w.a.lead.id }, { toolCallId: 'call-task-1', messages: [] } as never);
    expect(again).toMatchObject({ taskId: created[0]!.id });
    expect(await aiTasks()).toHaveLength(1);
  });

  it('records a declined proposal as denied and writes nothing', async () => {
    const thread = await createThread(memberCtx());
    await turn([{ toolCalls: [{ toolName: 'addNote', input: { leadId: w.a.lead.id, body: 'Asked for pricing.' }, toolCallId: 'call-note-1' }] }], {
      threadId: thread.id, trigger: 'submit-message', message: userMessage('Note on Lead A: asked for pricing'),
    });
    const { model } = await turn([{ text: 'Okay, not adding it.' }], await answered(thread.id, false));
    expect(JSON.stringify(model.doStreamCalls[0]!.prompt)).toContain('execution-denied');
    expect(await actions()).toEqual([expect.objectContaining({ toolCallId: 'call-note-1', status: 'denied' })]);
    const timeline = await testDb.db.query.activities.findMany({ where: (a, { and: all, eq: equal }) => all(equal(a.leadId, w.a.lead.id), equal(a.type, 'note')) });
    expect(timeline).toEqual([]);
  });

  it("cannot touch another workspace's lead: the approved call fails and nothing is written", async () => {
    const { lead: leadB } = await createLead(testDb.db, { orgId: w.b.org.id, input: { name: 'Lead B' } });
    const thread = await createThread(memberCtx());
    await turn([{ toolCalls: [{ toolName: 'createTask', input: { title: 'Steal', leadId: leadB.id }, toolCallId: 'call-cross-1' }] }], {
      threadId: thread.id, trigger: 'submit-message', message: userMessage('Create a task for Lead B'),
    });
    const { chunks } = await turn([{ text: 'That failed.' }], await answered(thread.id, true));
    expect(chunks).toContainEqual(expect.objectContaining({ type: 'tool-output-error', errorText: 'That lead does not exist in this workspace.' }));
    expect(await testDb.db.select().from(tasks).where(eq(tasks.leadId, leadB.id))).toEqual([]);
    expect(await aiTasks()).toEqual([]);
    expect(await actions()).toEqual([expect.objectContaining({ toolCallId: 'call-cross-1', status: 'failed', error: 'That lead does not exist in this workspace.' })]);
  });

  it('offers no lead write tools to someone without leads.write', async () => {
    const thread = await createThread(memberCtx());
    const { model } = await turn([{ text: 'Hi' }], { threadId: thread.id, trigger: 'submit-message', message: userMessage('Hi') }, { can: (permission) => permission !== 'leads.write' });
    const names = (model.doStreamCalls[0]!.tools ?? []).map((tool) => tool.name);
    expect(names).not.toContain('addNote');
    expect(names).not.toContain('draftEmail');
    expect(names).toContain('searchLeads');
  });

  it("refuses another member's thread and a message id used elsewhere", async () => {
    const ownerThread = await createThread(ctxFor(testDb.db, w.a.org, w.a.owner, 'owner'));
    const notMine = await runChatTurn(memberCtx(), { threadId: ownerThread.id, trigger: 'submit-message', message: userMessage('hi') }).catch((error: unknown) => error);
    expect(isAppError(notMine) && notMine.code).toBe('not_found');

    const thread = await createThread(memberCtx());
    await turn([{ text: 'ok' }], { threadId: thread.id, trigger: 'submit-message', message: userMessage('hi', 'shared-id') });
    const other = await createThread(memberCtx());
    const clash = await runChatTurn(memberCtx(), { threadId: other.id, trigger: 'submit-message', message: userMessage('hi', 'shared-id') }).catch((error: unknown) => error);
    expect(isAppError(clash) && clash.code).toBe('conflict');
  });

  it('regenerates by replacing the last answer', async () => {
    const thread = await createThread(memberCtx());
    await turn([{ text: 'First answer.' }], { threadId: thread.id, trigger: 'submit-message', message: userMessage('Hi') });
    const [, firstAnswer] = await getThreadMessages(memberCtx(), thread.id);
    await turn([{ text: 'Second answer.' }], { threadId: thread.id, trigger: 'regenerate-message', messageId: firstAnswer!.id, message: userMessage('Hi') });
    const stored = await getThreadMessages(memberCtx(), thread.id);
    expect(stored).toHaveLength(2);
    expect(stored[1]!.id).not.toBe(firstAnswer!.id);
    expect(stored[1]!.parts).toContainEqual(expect.objectContaining({ type: 'text', text: 'Second answer.' }));
  });
});

describe('safeErrorText', () => {
  it("shows an AppError's message, and logs any other failure without the prompt or response it carries", () => {
    expect(safeErrorText(new AppError('conflict', 'This action was declined.'))).toBe('This action was declined.');
    const logged = vi.spyOn(log, 'error').mockImplementation(() => undefined);
    const failure = new APICallError({
      message: 'Bad gateway',
      url: 'https://llm.example.test/v1/chat?key=secret',
      requestBodyValues: { messages: [{ role: 'user', content: 'Lead Jane Doe, jane@example.com' }] },
      statusCode: 502,
      responseBody: 'upstream said: Jane Doe',
    });
    expect(safeErrorText(failure)).toBe('Something went wrong. Please try again.');
    const [entry] = logged.mock.calls[0]!;
    expect(entry).toMatchObject({ err: { message: 'Bad gateway', statusCode: 502 } });
    expect(JSON.stringify(entry)).not.toMatch(/Jane|secret/);
    logged.mockRestore();
  });
});
