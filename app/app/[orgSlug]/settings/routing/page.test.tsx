import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { leadRoutingSettings } from '@/db/schema';
import { getSessionUser } from '@/lib/server/session';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import LeadRoutingSettingsPage from './page';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/navigation', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/navigation')>()),
  useRouter: () => ({ push: vi.fn(), replace: vi.fn(), refresh: vi.fn(), prefetch: vi.fn(), back: vi.fn(), forward: vi.fn() }),
}));
const sessionUser = vi.mocked(getSessionUser);
const { testDb, w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.owner });

async function render() {
  const element = await LeadRoutingSettingsPage({ params: Promise.resolve({ orgSlug: w.a.org.slug }) });
  return renderToString(element as ReactElement).replaceAll('<!-- -->', '');
}

describe('lead routing settings page', () => {
  it('names who round robin gives the next lead to, following the stored turn', async () => {
    // Members take turns in join order: Owner A, Admin A, Member A.
    expect(await render()).toContain('Next in turn: Owner A.');
    await testDb.db.insert(leadRoutingSettings).values({ orgId: w.a.org.id, lastAssignedUserId: w.a.admin.id });
    expect(await render()).toContain('Next in turn: Member A.');
  });
});
