import { DrizzleQueryError } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db';
import type { Ctx } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import { log } from '@/lib/log';
import { buildAssistantTools } from '.';
import { createToolRuntime } from './runtime';

/** A ctx whose every database call throws `error`. */
function ctxFailingWith(error: unknown): Ctx {
  const db = new Proxy({}, { get: () => () => { throw error; } }) as unknown as Db;
  return {
    db,
    user: { id: '00000000-0000-4000-8000-0000000000aa', email: 'm@acme.test', name: 'Member', isStaff: false },
    org: { id: '00000000-0000-4000-8000-0000000000bb', slug: 'acme', name: 'Acme', plan: 'free' },
    role: 'member',
    actor: 'user',
    now: new Date('2026-03-10T12:00:00Z'),
  };
}

const queryError = () =>
  new DrizzleQueryError('select * from leads where name ilike $1', ['%Jane Doe%'], Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }));

const options = { toolCallId: 'call-1', messages: [], context: {} };

afterEach(() => vi.restoreAllMocks());

describe('assistant tools on failure', () => {
  it('hand the model a generic sentence for an unexpected error and log it without the query’s data', async () => {
    const logged = vi.spyOn(log, 'error').mockImplementation(() => undefined);
    const tools = buildAssistantTools(createToolRuntime(ctxFailingWith(queryError()), { threadId: 't', provider: 'offline' }));

    const failure = await Promise.resolve(tools.searchLeads!.execute!({ query: 'Jane' }, options)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).message).toBe('The lookup failed.');

    expect(logged).toHaveBeenCalledTimes(1);
    const [fields] = logged.mock.calls[0]! as unknown as [Record<string, unknown>];
    expect(fields).toMatchObject({ tool: 'searchLeads', toolCallId: 'call-1', err: { message: 'Database query failed (57014): canceling statement due to statement timeout' } });
    expect(JSON.stringify(fields)).not.toContain('Jane');
  });

  it('say "The action failed." for a write tool', async () => {
    vi.spyOn(log, 'error').mockImplementation(() => undefined);
    const tools = buildAssistantTools(createToolRuntime(ctxFailingWith(queryError()), { threadId: 't', provider: 'offline' }));
    const input = { title: 'Call Jane' };
    await expect(Promise.resolve(tools.createTask!.execute!(input, options))).rejects.toThrow('The action failed.');
  });

  it('pass an AppError’s own message on', async () => {
    const tools = buildAssistantTools(createToolRuntime(ctxFailingWith(new AppError('not_found', 'Lead not found.')), { threadId: 't', provider: 'offline' }));
    await expect(Promise.resolve(tools.getLead!.execute!({ leadId: '00000000-0000-4000-8000-000000000001' }, options))).rejects.toThrow('Lead not found.');
  });
});
