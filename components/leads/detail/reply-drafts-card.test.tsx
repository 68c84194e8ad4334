import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { LeadPageProvider } from './lead-page-context';
import { ReplyDraftsCard } from './reply-drafts-card';
import { draftVersionKey, type ReplyDraftView } from './reply-drafts-types';

vi.mock('next/navigation', () => ({ useParams: () => ({ orgSlug: 'acme' }), useRouter: () => ({}) }));
// The server actions (and the auth they load) stay out of a static render: only their identity matters here.
vi.mock('@/lib/actions/leads/reply-drafts/approve-reply-draft', () => ({ approveReplyDraftAction: vi.fn() }));
vi.mock('@/lib/actions/leads/reply-drafts/save-reply-draft', () => ({ saveReplyDraftAction: vi.fn() }));
vi.mock('@/lib/actions/leads/reply-drafts/discard-reply-draft', () => ({ discardReplyDraftAction: vi.fn() }));
vi.mock('@/lib/actions/leads/reply-drafts/regenerate-reply-draft', () => ({ regenerateReplyDraftAction: vi.fn() }));
vi.mock('@/lib/actions/leads/reply-drafts/resolve-reply-draft', () => ({ resolveReplyDraftAction: vi.fn() }));

const RENDERED_AT = '2030-03-04T09:00:00.000Z';
const LEAD = { name: 'Jane Doe', email: 'jane@acme.test' };

const draft = (overrides: Partial<ReplyDraftView> = {}): ReplyDraftView => ({
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'first_response',
  subject: 'Thanks for getting in touch, Jane',
  body: 'Hi Jane,\n\nThank you.',
  status: 'draft',
  provider: 'offline',
  sentAt: null,
  sentByName: null,
  sentByEmail: null,
  email: null,
  createdAt: new Date('2030-03-04T08:00:00.000Z'),
  updatedAt: new Date('2030-03-04T08:00:00.000Z'),
  ...overrides,
});

function render(drafts: ReplyDraftView[], { lead = LEAD, canWrite = true }: { lead?: typeof LEAD | { name: string; email: null }; canWrite?: boolean } = {}) {
  return renderToStaticMarkup(
    <QueryClientProvider client={new QueryClient()}>
      <LeadPageProvider value={{ orgSlug: 'acme', orgId: 'org-1', leadId: 'lead-1', members: [], stages: [], renderedAt: RENDERED_AT }}>
        <ReplyDraftsCard drafts={drafts} lead={lead} canWrite={canWrite} />
      </LeadPageProvider>
    </QueryClientProvider>,
  );
}

describe('ReplyDraftsCard', () => {
  it('offers to draft a first response when there is none, and explains when the lead has no email', () => {
    const empty = render([]);
    expect(empty).toContain('<h2>Reply drafts</h2>');
    expect(empty).toContain('Draft a first response');
    const noEmail = render([], { lead: { name: 'Jane Doe', email: null } });
    expect(noEmail).toContain('Add an email address to this lead to draft a reply.');
    expect(noEmail).not.toContain('Draft a first response');
  });

  it('shows an unsent draft as an editable form with the offline label and the approve, save, regenerate and discard buttons', () => {
    const html = render([draft()]);
    expect(html).toContain('First response');
    expect(html).toContain('Offline writer');
    expect(html).toMatch(/<input[^>]*value="Thanks for getting in touch, Jane"/);
    expect(html).toMatch(/<textarea[^>]*>Hi Jane,\n\nThank you.<\/textarea>/);
    for (const label of ['Approve and send', 'Save changes', 'Regenerate', 'Discard']) expect(html).toContain(label);
    expect(html).not.toContain('Draft a first response');
  });

  it("shows an assistant's draft from a real model without the offline label or Regenerate", () => {
    const html = render([draft({ kind: 'assistant:call-1', provider: 'openai' })]);
    expect(html).toContain('Drafted by the assistant');
    expect(html).not.toContain('Offline writer');
    expect(html).not.toContain('Regenerate');
    expect(html).toContain('Approve and send');
  });

  it('shows sent and unconfirmed replies read-only, the unconfirmed one with a way to settle it', () => {
    const sent = render([draft({ status: 'sent', sentAt: new Date('2030-03-04T08:30:00.000Z'), sentByName: 'Sam Rep' })]);
    expect(sent).toMatch(/Sent [^<]*by Sam Rep/);
    expect(sent).not.toContain('Approve and send');
    const unknown = render([draft({ status: 'unknown' })]);
    expect(unknown).toContain('Unconfirmed');
    expect(unknown).toContain('Beacon has no record of this email reaching the email service.');
    expect(unknown).toContain('It was sent');
    expect(render([draft({ status: 'sending', updatedAt: new Date('2030-03-04T08:58:00.000Z') })])).toContain('This reply is being sent.');
    expect(render([draft({ status: 'sending', updatedAt: new Date('2030-03-04T08:00:00.000Z') })])).toContain('It was sent');
  });

  it('tells members what the stored email says instead of pointing them at the staff-only outbox', () => {
    const email = { status: 'failed' as const, provider: 'resend', providerMessageId: null, createdAt: new Date('2030-03-04T08:30:00.000Z') };
    const failed = render([draft({ status: 'unknown', email })]);
    expect(failed).not.toMatch(/outbox/i);
    expect(failed).toContain('The email service did not confirm it');
    expect(failed).toMatch(/Email service<\/dt><dd>Resend<\/dd>/);
    expect(failed).toContain('Mar 4, 2030, 08:30 UTC');
    expect(failed).toContain('Ask Jane whether it arrived');

    const accepted = render([draft({ status: 'sending', updatedAt: new Date('2030-03-04T08:00:00.000Z'), email: { ...email, status: 'sent', providerMessageId: 're_42' } })]);
    expect(accepted).toContain('The email service accepted it, so it most likely arrived.');
    expect(accepted).toMatch(/Message ID<\/dt><dd[^>]*>re_42<\/dd>/);

    // Someone who may not write sees the status, not the buttons.
    const readOnly = render([draft({ status: 'unknown', email })], { canWrite: false });
    expect(readOnly).toContain('The email service did not confirm it');
    expect(readOnly).not.toContain('It was sent');
  });

  it('shows drafts read-only to someone who may not write', () => {
    const html = render([draft()], { canWrite: false });
    expect(html).not.toContain('Approve and send');
    expect(html).toContain('Thanks for getting in touch, Jane');
  });
});

describe('draftVersionKey', () => {
  it('changes with the status or the text, not otherwise', () => {
    const base = draft();
    expect(draftVersionKey(base)).toBe(draftVersionKey({ ...base }));
    expect(draftVersionKey({ ...base, status: 'sent' })).not.toBe(draftVersionKey(base));
    expect(draftVersionKey({ ...base, body: 'Other' })).not.toBe(draftVersionKey(base));
  });
});
