import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { WriteToolCard } from './write-tool-card';
import { leadRefKey, type LeadRef } from './write-tool-lead';

// The action (and the auth it loads) stays out of a static render: answers are seeded into the query cache.
vi.mock('@/lib/actions/assistant/describe-leads', () => ({ describeLeadsAction: vi.fn() }));

const JANE = '7d1f0b4e-1c7a-4a57-9d0a-2f4f7d9b1a11';

function render(input: Record<string, unknown>, lead?: LeadRef, { toolName = 'addNote', leadNames = new Map<string, string>() } = {}) {
  const client = new QueryClient();
  if (lead !== undefined && typeof input.leadId === 'string') client.setQueryData(leadRefKey('acme', input.leadId), lead);
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <WriteToolCard
        orgSlug="acme"
        toolName={toolName}
        label="Add note"
        state="approval-requested"
        input={input}
        approval={{ id: 'approval-1' }}
        leadNames={leadNames}
        canRespond
        onRespond={() => undefined}
      />
    </QueryClientProvider>,
  );
}

const approveDisabled = (html: string) => /<button[^>]*disabled=""[^>]*>(?:(?!<\/button>).)*Approve/.test(html);

describe('WriteToolCard awaiting approval', () => {
  it('names the lead as the workspace knows it, with its email, over a name the conversation showed', () => {
    const html = render({ leadId: JANE, body: 'Call back' }, { id: JANE, name: 'Jane Doe', email: 'jane@acme.test' }, { leadNames: new Map([[JANE, 'Someone Else']]) });
    expect(html).toContain('Add a note to Jane Doe’s timeline');
    expect(html).toMatch(/For <span[^>]*>Jane Doe<\/span> <span[^>]*>jane@acme.test<\/span>/);
    expect(html).toContain('aria-live="polite"');
    expect(approveDisabled(html)).toBe(false);
  });

  it('warns about a lead id the workspace does not know and disables Approve', () => {
    const html = render({ leadId: JANE, body: 'Call back' }, null);
    expect(html).toContain('role="alert"');
    expect(html).toContain('This lead is not in this workspace');
    expect(html).toContain('Add a note to the lead’s timeline');
    expect(approveDisabled(html)).toBe(true);
    expect(html).toMatch(/<button[^>]*>(?:(?!<\/button>).)*Deny/);
  });

  it('keeps Approve disabled while the lead is looked up', () => {
    const html = render({ leadId: JANE, subject: 'Hi', body: 'Hello' }, undefined, { toolName: 'draftEmail' });
    expect(html).toContain('Looking up the lead…');
    expect(approveDisabled(html)).toBe(true);
  });

  it('needs no lookup for a write without a lead', () => {
    const html = render({ title: 'Plan Q2' }, undefined, { toolName: 'createTask' });
    expect(html).not.toContain('Looking up the lead');
    expect(html).not.toContain('For <span');
    expect(approveDisabled(html)).toBe(false);
  });
});
