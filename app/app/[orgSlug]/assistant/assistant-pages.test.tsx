import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { saveThreadMessages } from '@/lib/ai/chat/persist-messages';
import { createThread, renameThread } from '@/lib/ai/chat/threads';
import type { AssistantUIMessage } from '@/lib/ai/chat/ui-message';
import { getSessionUser } from '@/lib/server/session';
import { ctxFor } from '@/tests/helpers/factories';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import AssistantThreadPage from './[threadId]/page';
import AssistantLayout from './layout';
import AssistantPage from './page';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/navigation', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/navigation')>()),
  useRouter: () => ({ push: vi.fn(), replace: vi.fn(), refresh: vi.fn(), prefetch: vi.fn(), back: vi.fn(), forward: vi.fn() }),
  useParams: () => ({}),
}));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.member });

async function render(element: Promise<unknown>) {
  const html = renderToString(<QueryClientProvider client={new QueryClient()}>{(await element) as ReactElement}</QueryClientProvider>);
  return html.replaceAll('<!-- -->', '');
}

async function digestOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return (error as { digest?: string }).digest;
  }
  return 'rendered';
}

const memberCtx = () => ctxFor(testDb.db, w.a.org, w.a.member, 'member');
const threadPage = (threadId: string, orgSlug = w.a.org.slug) => AssistantThreadPage({ params: Promise.resolve({ orgSlug, threadId }) });

/** A stored conversation: a look-up with its answer, then a proposed task waiting for approval. */
function conversation(): AssistantUIMessage[] {
  const slug = w.a.org.slug;
  const lead = w.a.lead;
  const tomorrow = new Date();
  tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
  tomorrow.setUTCHours(9, 0, 0, 0);
  const metadata = { provider: 'offline' as const, createdAt: new Date().toISOString() };
  return [
    { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Which leads are going stale?' }] },
    {
      id: 'a1',
      role: 'assistant',
      metadata,
      parts: [
        { type: 'step-start' },
        {
          type: 'tool-listStaleLeads',
          toolCallId: 'call-1',
          state: 'output-available',
          input: {},
          output: { days: 7, total: 1, leads: [{ id: lead.id, name: lead.name, company: null, stage: 'New', daysQuiet: 9, lastActivityAt: null, url: `/app/${slug}/leads/${lead.id}` }] },
        },
        { type: 'text', text: `**${lead.name}** has been quiet for 9 days: [open the lead](/app/${slug}/leads/${lead.id}).<script>alert(1)</script>` },
      ],
    },
    { id: 'u2', role: 'user', parts: [{ type: 'text', text: 'Create a follow-up task' }] },
    {
      id: 'a2',
      role: 'assistant',
      metadata,
      parts: [
        { type: 'step-start' },
        {
          type: 'tool-createTask',
          toolCallId: 'call-2',
          state: 'approval-requested',
          input: { title: `Follow up with ${lead.name}`, leadId: lead.id, dueAt: tomorrow.toISOString() },
          approval: { id: 'approval-1' },
        },
      ],
    },
  ] as AssistantUIMessage[];
}

describe('assistant start page and thread list', () => {
  it("lists the member's own chats and offers example questions", async () => {
    const mine = await createThread(memberCtx(), { title: 'Stale leads this week' });
    await createThread(ctxFor(testDb.db, w.a.org, w.a.owner, 'owner'), { title: 'The owner’s private chat' });
    const html = await render(AssistantLayout({ children: await AssistantPage({ params: Promise.resolve({ orgSlug: w.a.org.slug }) }), params: Promise.resolve({ orgSlug: w.a.org.slug }) }));
    expect(html).toContain('Stale leads this week');
    expect(html).toContain(`href="/app/${w.a.org.slug}/assistant/${mine.id}"`);
    expect(html).not.toContain('The owner’s private chat');
    expect(html).toContain('Start a new chat');
    for (const prompt of ['Which leads are going stale?', 'Summarise my pipeline', 'What are my overdue tasks?', 'Draft a LinkedIn post about our services']) {
      expect(html).toContain(prompt);
    }
    expect(html).toContain('New chat');
  });

  it('invites a first question when there are no chats yet', async () => {
    const html = await render(AssistantLayout({ children: await AssistantPage({ params: Promise.resolve({ orgSlug: w.a.org.slug }) }), params: Promise.resolve({ orgSlug: w.a.org.slug }) }));
    expect(html).toContain('No chats yet');
    expect(html).toContain('Ask about your workspace');
  });
});

describe('assistant thread page', () => {
  it('renders the stored conversation: bubbles, markdown without raw HTML, look-ups and the confirmation card', async () => {
    const thread = await createThread(memberCtx());
    await renameThread(memberCtx(), { threadId: thread.id, title: 'Stale leads' });
    await saveThreadMessages(testDb.db, { orgId: w.a.org.id, threadId: thread.id, messages: conversation() });
    const html = await render(threadPage(thread.id));

    expect(html).toMatch(/<h1[^>]*>Stale leads<\/h1>/);
    expect(html).toContain('Which leads are going stale?');
    expect(html).toContain('Looked up stale leads');
    expect(html).toContain('9 days quiet');
    expect(html).toContain(`<strong>${w.a.lead.name}</strong>`);
    expect(html).toContain(`href="/app/${w.a.org.slug}/leads/${w.a.lead.id}"`);
    expect(html).not.toContain('<script>alert(1)</script>');
    // The card names the lead from the earlier look-up and says when the task is due.
    expect(html).toContain(`Create task “Follow up with ${w.a.lead.name}” for ${w.a.lead.name}, due tomorrow`);
    expect(html).toContain('Needs your approval');
    expect(html).toMatch(/>Approve</);
    expect(html).toMatch(/>Deny</);
    expect(html).toContain('Offline writer');
    // While the change waits for an answer, a new message cannot be sent past it.
    expect(html).toContain('Approve or deny the change above before sending another message.');
  });

  it('shows the outcome once a change ran or was declined', async () => {
    const thread = await createThread(memberCtx());
    const [first, answer, ask, proposal] = conversation();
    const executed = {
      ...proposal!,
      parts: [
        {
          type: 'tool-createTask',
          toolCallId: 'call-2',
          state: 'output-available',
          input: { title: 'Call Lead A', leadId: w.a.lead.id },
          output: { taskId: 't1', title: 'Call Lead A', dueAt: null, leadId: w.a.lead.id, url: `/app/${w.a.org.slug}/leads/${w.a.lead.id}` },
          approval: { id: 'approval-1', approved: true },
        },
        { type: 'tool-addNote', toolCallId: 'call-3', state: 'output-denied', input: { leadId: w.a.lead.id, body: 'Likes calls' }, approval: { id: 'approval-2', approved: false } },
      ],
    } as AssistantUIMessage;
    await saveThreadMessages(testDb.db, { orgId: w.a.org.id, threadId: thread.id, messages: [first!, answer!, ask!, executed] });
    const html = await render(threadPage(thread.id));
    expect(html).toContain('Created task “Call Lead A”.');
    expect(html).toContain('Open lead');
    expect(html).toContain(`Add a note to ${w.a.lead.name}’s timeline`);
    expect(html).toContain('Nothing was changed.');
    // The answer made a change: writing it again would have it made twice, so it cannot be regenerated.
    expect(html).not.toContain('Regenerate');
    expect(html).not.toContain('Needs your approval');
  });

  it("is not found for someone else's chat, another workspace's chat or a malformed id", async () => {
    const ownersThread = await createThread(ctxFor(testDb.db, w.a.org, w.a.owner, 'owner'));
    const otherWorkspace = await createThread(ctxFor(testDb.db, w.b.org, w.b.owner, 'owner'));
    expect(await digestOf(threadPage(ownersThread.id))).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
    expect(await digestOf(threadPage(otherWorkspace.id))).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
    expect(await digestOf(threadPage(otherWorkspace.id, w.b.org.slug))).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
    expect(await digestOf(threadPage('not-a-uuid'))).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
  });
});
