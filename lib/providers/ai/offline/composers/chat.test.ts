import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { leads, tasks } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { listStaleLeads } from '@/lib/ai/chat/pipeline-counts';
import { runChatTurn } from '@/lib/ai/chat/run-chat-turn';
import type { ChatRequest } from '@/lib/ai/chat/chat-request';
import { createThread, getThreadMessages } from '@/lib/ai/chat/threads';
import type { Ctx } from '@/lib/ctx';
import { setupTestDatabase } from '@/tests/db';
import { providerOf, readUiChunks, userMessage, type UiChunk } from '@/tests/helpers/assistant-chat';
import { ctxFor } from '@/tests/helpers/factories';
import { OfflineWriter } from '../offline-writer';

const testDb = setupTestDatabase();
const NOW = new Date('2026-03-11T10:30:00Z');
let ctx: Ctx;

beforeAll(async () => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  try {
    const { org, owner } = await seedDemo(testDb.db);
    ctx = { ...ctxFor(testDb.db, org, owner, 'owner'), now: NOW };
  } finally {
    vi.useRealTimers();
  }
});

const offline = { modelDeps: { provider: providerOf(new OfflineWriter(), 'offline') } };
const answerText = (chunks: UiChunk[]) => chunks.filter((chunk) => chunk.type === 'text-delta').map((chunk) => String(chunk.delta)).join('');
const toolInputs = (chunks: UiChunk[]) => chunks.filter((chunk) => chunk.type === 'tool-input-available').map((chunk) => ({ toolName: chunk.toolName, input: chunk.input }));

async function ask(threadId: string, text: string) {
  return readUiChunks(await runChatTurn(ctx, { threadId, trigger: 'submit-message', message: userMessage(text) }, offline));
}

async function approveAll(threadId: string): Promise<UiChunk[]> {
  const last = (await getThreadMessages(ctx, threadId)).at(-1)!;
  const parts = last.parts.map((part) => ('state' in part && part.state === 'approval-requested' ? { ...part, state: 'approval-responded', approval: { ...part.approval, approved: true } } : part));
  const request = { threadId, trigger: 'submit-message', messageId: last.id, message: { ...last, parts } } as unknown as ChatRequest;
  return readUiChunks(await runChatTurn(ctx, request, offline));
}

describe('the offline chat writer on the demo workspace', () => {
  it('answers "which leads are going stale?" by listing the stale leads it looked up', async () => {
    const thread = await createThread(ctx);
    const chunks = await ask(thread.id, 'Which leads are going stale?');
    expect(toolInputs(chunks)).toEqual([{ toolName: 'listStaleLeads', input: {} }]);
    const stale = await listStaleLeads(testDb.db, { orgId: ctx.org.id, now: NOW, limit: 10 });
    expect(stale.leads.length).toBeGreaterThan(3);
    const answer = answerText(chunks);
    expect(answer).toContain(`**${stale.total} open leads** have had no activity for 7+ days.`);
    for (const lead of stale.leads) expect(answer).toContain(`[${lead.name}](/app/${ctx.org.slug}/leads/${lead.id})`);
    expect(chunks.find((chunk) => chunk.type === 'start')).toMatchObject({ messageMetadata: { provider: 'offline' } });
  });

  it('proposes a follow-up task for a named lead, then confirms it once approved', async () => {
    const [maya] = await testDb.db.select().from(leads).where(and(eq(leads.orgId, ctx.org.id), eq(leads.name, 'Maya Lindqvist')));
    const thread = await createThread(ctx);
    const chunks = await ask(thread.id, 'Create a follow-up task for Maya Lindqvist');
    expect(toolInputs(chunks)).toEqual([
      { toolName: 'searchLeads', input: { query: 'Maya Lindqvist', limit: 5 } },
      { toolName: 'createTask', input: { title: 'Follow up with Maya Lindqvist', leadId: maya!.id, dueAt: '2026-03-12T09:00:00.000Z' } },
    ]);
    expect(chunks.some((chunk) => chunk.type === 'tool-approval-request')).toBe(true);

    const done = await approveAll(thread.id);
    const [task] = await testDb.db.select().from(tasks).where(and(eq(tasks.orgId, ctx.org.id), eq(tasks.source, 'ai')));
    expect(task).toMatchObject({ title: 'Follow up with Maya Lindqvist', leadId: maya!.id, dueAt: new Date('2026-03-12T09:00:00Z'), assigneeId: ctx.user!.id });
    expect(answerText(done)).toContain('Done: I created the task **Follow up with Maya Lindqvist**, due 2026-03-12 09:00 UTC');
  });

  it('creates the follow-up for the quietest stale lead when no name is given, and takes no for an answer', async () => {
    const thread = await createThread(ctx);
    await ask(thread.id, 'Which leads have gone quiet?');
    const chunks = await ask(thread.id, 'Create a follow-up task');
    const [quietest] = (await listStaleLeads(testDb.db, { orgId: ctx.org.id, now: NOW, limit: 1 })).leads;
    expect(toolInputs(chunks)).toEqual([{ toolName: 'createTask', input: expect.objectContaining({ title: `Follow up with ${quietest!.name}`, leadId: quietest!.id }) }]);

    const last = (await getThreadMessages(ctx, thread.id)).at(-1)!;
    const parts = last.parts.map((part) => ('state' in part && part.state === 'approval-requested' ? { ...part, state: 'approval-responded', approval: { ...part.approval, approved: false } } : part));
    const declined = await readUiChunks(await runChatTurn(ctx, { threadId: thread.id, trigger: 'submit-message', messageId: last.id, message: { ...last, parts } } as unknown as ChatRequest, offline));
    expect(answerText(declined)).toBe('Okay, I did not create the task. Tell me what you would like instead.');
  });

  it('summarises the pipeline, lists overdue tasks and explains itself', async () => {
    const thread = await createThread(ctx);
    const pipeline = answerText(await ask(thread.id, 'How is the pipeline?'));
    expect(pipeline).toContain('**40 leads** in the pipeline, 33 of them open.');
    expect(pipeline).toContain('| New | 10 |');
    const overdue = answerText(await ask(thread.id, 'What is overdue?'));
    expect(overdue).toContain('You have 3 overdue tasks:');
    expect(overdue).toContain('Send revised quote');
    const hello = answerText(await ask(thread.id, 'Hello!'));
    expect(hello).toContain("I am Beacon's offline writer");
    expect(hello).toContain('33 open leads of 40');
  });
});
