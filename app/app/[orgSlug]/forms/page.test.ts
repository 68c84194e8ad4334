import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { getSessionUser } from '@/lib/server/session';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import NewFormPage from './new/page';
import FormsPage from './page';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
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
}));
const sessionUser = vi.mocked(getSessionUser);
const { w } = setupTwoWorkspacesTest({ sessionUser, signInAs: ({ a }) => a.member });

type Element = ReactElement<Record<string, unknown> & { children?: unknown }>;
function elements(node: unknown): Element[] {
  if (!node || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap(elements);
  const element = node as Element;
  return [element, ...elements(element.props?.children)];
}
const propsWith = (tree: unknown, key: string) => elements(tree).find((element) => key in (element.props ?? {}))?.props;

describe('/app/{orgSlug}/forms', () => {
  it('lists the workspace’s forms for members, without the create button', async () => {
    const page = await FormsPage({ params: Promise.resolve({ orgSlug: w.a.org.slug }) });
    expect(propsWith(page, 'forms')?.forms).toMatchObject([{ id: w.a.form.id, name: 'Contact A', views: 0, conversionRate: null }]);
    expect(JSON.stringify(elements(page).map((element) => element.props.href))).not.toContain('/forms/new');
  });

  it('keeps the editor for new forms to admins', async () => {
    await expect(NewFormPage({ params: Promise.resolve({ orgSlug: w.a.org.slug }) })).rejects.toThrow('NEXT_FORBIDDEN');
    sessionUser.mockResolvedValue(asSession(w.a.admin));
    const page = await NewFormPage({ params: Promise.resolve({ orgSlug: w.a.org.slug }) });
    expect(propsWith(page, 'initialValues')).toMatchObject({ canEdit: true, customFields: [{ key: 'budget', label: 'Budget', type: 'number' }] });
  });
});
