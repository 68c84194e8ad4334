import { describe, expect, it, vi } from 'vitest';
import { getSessionUser } from '@/lib/server/session';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import LeadPage from './page';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/navigation', () => ({
  notFound: () => {
    throw new Error('NEXT_NOT_FOUND');
  },
  forbidden: () => {
    throw new Error('NEXT_FORBIDDEN');
  },
  redirect: (url: string) => {
    throw new Error(`NEXT_REDIRECT ${url}`);
  },
  useRouter: () => ({}),
  usePathname: () => '/',
}));
const sessionUser = vi.mocked(getSessionUser);
const { w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.member });

const render = (orgSlug: string, leadId: string) => LeadPage({ params: Promise.resolve({ orgSlug, leadId }) });

describe('/app/{orgSlug}/leads/{leadId}', () => {
  it("renders a member's own workspace lead", async () => {
    const page = await render(w.a.org.slug, w.a.lead.id);
    expect(page.props.value).toMatchObject({ orgSlug: w.a.org.slug, leadId: w.a.lead.id });
  });

  it("is not found for a malformed id, another workspace's lead, or a non-member", async () => {
    await expect(render(w.a.org.slug, 'not-a-uuid')).rejects.toThrow('NEXT_NOT_FOUND');
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    await expect(render(w.b.org.slug, w.a.lead.id)).rejects.toThrow('NEXT_NOT_FOUND');
    await expect(render(w.a.org.slug, w.a.lead.id)).rejects.toThrow('NEXT_NOT_FOUND');
  });

  it('sends a signed-out visitor to sign in and back', async () => {
    sessionUser.mockResolvedValue(null);
    await expect(render(w.a.org.slug, w.a.lead.id)).rejects.toThrow(`NEXT_REDIRECT /sign-in?callbackUrl=/app/${w.a.org.slug}/leads/${w.a.lead.id}`);
  });
});
