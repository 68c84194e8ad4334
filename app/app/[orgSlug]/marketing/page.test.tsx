import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { generateStrategy } from '@/lib/ai/strategy/generate-strategy';
import { getSessionUser } from '@/lib/server/session';
import { ctxFor } from '@/tests/helpers/factories';
import { createManualPosts, setBusinessProfile } from '@/tests/helpers/marketing-studio';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import MarketingContentPage from './content/page';
import MarketingStrategyPage from './page';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/navigation', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/navigation')>()),
  useRouter: () => ({ push: vi.fn(), replace: vi.fn(), refresh: vi.fn(), prefetch: vi.fn(), back: vi.fn(), forward: vi.fn() }),
  usePathname: () => '/app/x/marketing',
  useParams: () => ({}),
}));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.member });

async function render(element: Promise<unknown>) {
  const html = renderToString(<QueryClientProvider client={new QueryClient()}>{(await element) as ReactElement}</QueryClientProvider>);
  return html.replaceAll('<!-- -->', '');
}
const params = (slug = w.a.org.slug) => ({ params: Promise.resolve({ orgSlug: slug }) });

describe('marketing strategy page', () => {
  it('starts empty, pointing at the business profile', async () => {
    const html = await render(MarketingStrategyPage(params()));
    expect(html).toContain('No marketing strategy yet');
    expect(html).toContain('Fill in your business profile, then generate');
    expect(html).toContain('Ask a workspace admin to fill in the business profile.');
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Generate strategy<\/button>/);
  });

  it('shows the active version with its history and the offline writer badge', async () => {
    await setBusinessProfile(testDb.db, w.a.org.id);
    const ctx = ctxFor(testDb.db, w.a.org, w.a.owner, 'owner');
    await generateStrategy(ctx);
    const latest = await generateStrategy(ctx);
    const html = await render(MarketingStrategyPage(params()));
    expect(html).toContain('Version 2');
    expect(html).toContain('Version 1');
    expect(html).toContain('Offline writer');
    expect(html).toContain(latest.plan.pillars[0]!.name);
    for (const label of ['Edit', 'Regenerate']) expect(html).toContain(label);
  });

  it("is not found for another workspace's member", async () => {
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    await expect(render(MarketingStrategyPage(params()))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });
});

describe('marketing content page', () => {
  it('shows the generator with the month allowance, and the posts with their length against the limit', async () => {
    await createManualPosts(testDb.db, w.a.org.id, 2, 'x');
    const html = await render(MarketingContentPage(params()));
    expect(html).toContain('3 of 5 posts left this month');
    expect(html).toContain('Hand-written post 1');
    expect(html).toContain('19 / 280 characters');
    expect(html).toContain('Improve with feedback');
  });
});
