import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { aiToolActions, auditLogs } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { AppError } from '@/lib/errors';
import { ctxFor } from '@/tests/helpers/factories';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { createThread } from '../threads';
import { executeOnce } from './record-tool-action';
import { createToolRuntime } from './runtime';

vi.mock('@/lib/audit/record-audit', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/audit/record-audit')>();
  return { recordAudit: vi.fn(actual.recordAudit) };
});

const { testDb, w } = setupTwoWorkspacesTest();

async function runtime() {
  const ctx = ctxFor(testDb.db, w.a.org, w.a.member, 'member');
  const thread = await createThread(ctx);
  return createToolRuntime(ctx, { threadId: thread.id, provider: 'offline' });
}

const actionRow = async (toolCallId: string) =>
  (await testDb.db.select().from(aiToolActions).where(and(eq(aiToolActions.orgId, w.a.org.id), eq(aiToolActions.toolCallId, toolCallId))))[0];

describe('executeOnce', () => {
  it('runs the effect once, records it as executed and audits it; a replay returns the recorded result', async () => {
    const tools = await runtime();
    const effect = vi.fn(async () => ({ taskId: 't-1' }));
    const call = { toolCallId: 'call-ok', tool: 'createTask', input: { title: 'Call' } };
    expect(await executeOnce(tools, call, effect)).toEqual({ taskId: 't-1' });
    expect(await executeOnce(tools, call, effect)).toEqual({ taskId: 't-1' });
    expect(effect).toHaveBeenCalledTimes(1);
    expect(await actionRow('call-ok')).toMatchObject({ status: 'executed', result: { taskId: 't-1' } });
    expect(await testDb.db.select().from(auditLogs).where(and(eq(auditLogs.orgId, w.a.org.id), eq(auditLogs.action, 'assistant.createTask')))).toHaveLength(1);
  });

  it('keeps a committed effect when its bookkeeping fails, and a retry does not run it again', async () => {
    const tools = await runtime();
    vi.mocked(recordAudit).mockRejectedValueOnce(new Error('audit table is locked'));
    const effect = vi.fn(async () => ({ noteId: 'n-1' }));
    const call = { toolCallId: 'call-audit-fails', tool: 'addNote', input: { body: 'Hi' } };

    expect(await executeOnce(tools, call, effect)).toEqual({ noteId: 'n-1' });
    // The 'executed' update rolled back with the audit row: still claimed, never 'failed'.
    expect(await actionRow('call-audit-fails')).toMatchObject({ status: 'approved', error: null });

    await expect(executeOnce(tools, call, effect)).rejects.toThrow('This action is already being carried out.');
    expect(effect).toHaveBeenCalledTimes(1);
  });

  it('marks a failed effect failed, keeping only an AppError’s message', async () => {
    const tools = await runtime();
    await expect(executeOnce(tools, { toolCallId: 'call-limit', tool: 'draftEmail', input: {} }, async () => {
      throw new AppError('limit_exceeded', 'No AI emails left this month.');
    })).rejects.toThrow('No AI emails left this month.');
    expect(await actionRow('call-limit')).toMatchObject({ status: 'failed', error: 'No AI emails left this month.' });

    await expect(executeOnce(tools, { toolCallId: 'call-crash', tool: 'addNote', input: {} }, async () => {
      throw new Error('duplicate key value for Jane Doe');
    })).rejects.toThrow();
    expect(await actionRow('call-crash')).toMatchObject({ status: 'failed', error: 'The action failed.' });
  });
});
