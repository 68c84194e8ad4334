import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { tasks } from '@/db/schema';
import { getSessionUser } from '@/lib/server/session';
import { insertTestInsight } from '@/tests/helpers/test-insight';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import InsightsPage from './page';
import InsightSettingsPage from './settings/page';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/navigation', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/navigation')>()),
  useRouter: () => ({ push: vi.fn(), replace: vi.fn(), refresh: vi.fn(), prefetch: vi.fn(), back: vi.fn(), forward: vi.fn() }),
}));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.member });

/** Runs the server component with real data, then renders its tree to HTML as the first paint would (text joined). */
async function render(element: Promise<unknown>) {
  const html = renderToString(<QueryClientProvider client={new QueryClient()}>{(await element) as ReactElement}</QueryClientProvider>);
  return html.replaceAll('<!-- -->', '');
}
const insightsPage = (status?: string, slug = w.a.org.slug) =>
  render(InsightsPage({ params: Promise.resolve({ orgSlug: slug }), searchParams: Promise.resolve(status ? { status } : {}) }));
const settingsPage = () => render(InsightSettingsPage({ params: Promise.resolve({ orgSlug: w.a.org.slug }) }));

describe('insights page', () => {
  it('shows open insights with counts, confidence, summary, linked evidence and the decisions; never expired ones', async () => {
    // The fixtures' open insight in A is about its first lead.
    await insertTestInsight(testDb.db, w.a.org.id, { status: 'dismissed', rule: 'task_backlog', dismissedAt: new Date() });
    await insertTestInsight(testDb.db, w.a.org.id, { status: 'expired', rule: 'pipeline_stuck', summary: 'Superseded finding' });
    const html = await insightsPage();
    expect(html).toContain('Stale leads');
    expect(html).toContain('70% confidence');
    expect(html).toContain('1 open lead has had no activity for 7+ days.');
    expect(html).toContain(`href="/app/${w.a.org.slug}/leads/${w.a.lead.id}"`);
    expect(html).toContain('8 days without activity');
    expect(html).toMatch(/Open<span[^>]*>1<\/span>/);
    expect(html).toMatch(/Dismissed<span[^>]*>1<\/span>/);
    for (const label of ['Accept and create tasks', 'Dismiss', 'Scan now']) expect(html).toContain(label);
    // A member may act but not manage the rules.
    expect(html).not.toContain('/insights/settings');
    expect(html).not.toContain('Superseded finding');
    expect(html).not.toMatch(/expired/i);
    expect(await insightsPage('expired')).toContain('1 open lead has had no activity for 7+ days.');
  });

  it('names who accepted a dismissed insight, not who dismissed it', async () => {
    await insertTestInsight(testDb.db, w.a.org.id, {
      status: 'dismissed', actedAt: new Date('2030-01-02T10:00:00Z'), dismissedAt: new Date('2030-01-03T10:00:00Z'), decidedById: w.a.member.id,
    });
    const html = await insightsPage('dismissed');
    expect(html).toMatch(/Accepted by Member A on <time[^>]*>[^<]+<\/time>; dismissed on <time/);
    expect(html).toContain('Reopen');
  });

  it('shows the tasks an acted insight created, and falls back to Open for an unknown status', async () => {
    const insight = await insertTestInsight(testDb.db, w.a.org.id, { status: 'acted', actedAt: new Date() });
    await testDb.db.insert(tasks).values({ orgId: w.a.org.id, title: 'Follow up with Lead A', source: 'insight', insightId: insight.id, leadId: w.a.lead.id });
    const acted = await insightsPage('acted');
    expect(acted).toContain('Tasks it created');
    expect(acted).toContain('Follow up with Lead A');
    expect(acted).toContain('automatically by the scan');
    expect(await insightsPage('bogus')).toContain('1 open lead has had no activity for 7+ days.');
  });

  it('explains an empty tab: the enabled rules, when the next scan runs, and where to change them', async () => {
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    const html = await insightsPage(undefined, w.b.org.slug);
    expect(html).toContain('No open insights');
    expect(html).toContain('Hot lead unattended');
    expect(html).toContain('The next scan runs within the hour.');
    expect(html).toContain(`href="/app/${w.b.org.slug}/insights/settings"`);
  });
});

describe('insight rules page', () => {
  it('is read-only for a member and editable for an admin', async () => {
    const asMember = await settingsPage();
    expect(asMember).toContain('Only admins and owners can change these.');
    expect(asMember).toContain('Pipeline stuck');
    expect(asMember).not.toContain('>Save<');

    sessionUser.mockResolvedValue(asSession(w.a.admin));
    const asAdmin = await settingsPage();
    expect(asAdmin).not.toContain('Only admins and owners can change these.');
    expect(asAdmin).toContain('>Save<');
    expect(asAdmin).toContain('Between 1 and 90; the default is 7.');
  });
});
