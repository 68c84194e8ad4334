import { NuqsTestingAdapter } from 'nuqs/adapters/testing';
import { renderToString } from 'react-dom/server';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { encodeLeadCursor } from '@/lib/leads/lead-sort';
import { listLeadsQuerySchema } from '@/lib/leads/schemas';
import { getSessionUser } from '@/lib/server/session';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import LeadsPage from './page';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/navigation', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/navigation')>()),
  useRouter: () => ({ push: vi.fn(), replace: vi.fn(), refresh: vi.fn(), prefetch: vi.fn(), back: vi.fn(), forward: vi.fn() }),
}));
const sessionUser = vi.mocked(getSessionUser);
const { w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.member });

/** Runs the server component with real data, then renders its tree to HTML as the first paint would. */
async function renderPage(search: string, slug = w.a.org.slug) {
  const element = (await LeadsPage({ params: Promise.resolve({ orgSlug: slug }), searchParams: Promise.resolve(Object.fromEntries(new URLSearchParams(search))) })) as ReactElement;
  return renderToString(<NuqsTestingAdapter searchParams={search}>{element}</NuqsTestingAdapter>);
}

describe('leads page', () => {
  it("lists the workspace's leads with the toolbar, and links each row to its lead", async () => {
    const html = await renderPage('');
    expect(html).toContain('Lead A');
    expect(html).toContain('Second lead A');
    expect(html).toContain(`href="/app/${w.a.org.slug}/leads/${w.a.lead.id}"`);
    expect(html).toContain('2 leads in this workspace');
    expect(html).toContain('Newest first');
    for (const label of ['Search leads', 'New lead', 'Export CSV', 'Import CSV', 'Select all leads on this page']) expect(html).toContain(label);
    expect(html).toContain(`/api/orgs/${w.a.org.slug}/leads/export?columns=name%2Ccompany%2Cstage%2Cowner%2Cscore%2CcreatedAt`);
  });

  it('filters on the server and ignores invalid values instead of failing', async () => {
    const html = await renderPage(`?q=second&stageId=nope&scoreMin=900&cols=name,email`);
    expect(html).toContain('Second lead A');
    expect(html).not.toContain('>Lead A<');
    expect(html).toContain('lead-a2@example.test');
    expect(html).toContain('1 lead matches these filters');
    expect(html).toContain('export?q=second&amp;columns=name%2Cemail');
  });

  it('offers to clear filters when nothing matches, and to start when the workspace is empty', async () => {
    expect(await renderPage('?q=nobody-by-this-name')).toContain('No leads match these filters');
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    const empty = await renderPage('', w.b.org.slug);
    expect(empty).toContain('No leads yet');
    expect(empty).toContain(`href="/app/${w.b.org.slug}/leads/import"`);
  });

  it('pages with a cursor, and explains an out-of-date cursor instead of failing', async () => {
    const first = await renderPage('?limit=1&sort=name_asc');
    expect(first).toContain('Next page');
    const cursor = encodeLeadCursor('name_asc', 'Lead A', w.a.lead.id);
    // A long non-Latin name still makes a cursor the list accepts.
    expect(listLeadsQuerySchema.safeParse({ cursor: encodeLeadCursor('name_asc', 'Ж'.repeat(200), w.a.lead.id) }).success).toBe(true);
    const second = await renderPage(`?limit=1&sort=name_asc&cursor=${cursor}`);
    expect(second).toContain('Second lead A');
    expect(second).toContain('First page');
    const stale = await renderPage(`?sort=score_desc&cursor=${cursor}`);
    expect(stale).toContain('This page link is out of date');
    expect(await renderPage('?cursor=garbage')).toContain('This page link is out of date');
    expect(await renderPage(`?cursor=${'x'.repeat(2001)}`)).toContain('This page link is out of date');
  });
});
