import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { getSessionUser } from '@/lib/server/session';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import FormPage from './page';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ host: 'crm.example', 'x-forwarded-proto': 'https' }) }));
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

const renderForm = (orgSlug: string, formId: string, tab?: string) =>
  FormPage({ params: Promise.resolve({ orgSlug, formId }), searchParams: Promise.resolve(tab ? { tab } : {}) });

describe('/app/{orgSlug}/forms/{formId}', () => {
  it('shows a member the settings read-only, the share snippets and the submissions', async () => {
    const page = await renderForm(w.a.org.slug, w.a.form.id, 'share');
    expect(propsWith(page, 'initialValues')).toMatchObject({ canEdit: false, formId: w.a.form.id, initialValues: { name: 'Contact A', afterSubmit: 'message' } });
    expect(propsWith(page, 'origin')).toMatchObject({ origin: 'https://crm.example', formId: w.a.form.id, isActive: true });
    expect(propsWith(page, 'initialPage')?.initialPage).toEqual({ items: [], nextCursor: null });
    expect(propsWith(page, 'defaultValue')?.defaultValue).toBe('share');
    expect(elements(page).some((element) => element.props.name === 'Contact A' && 'formId' in element.props && !('initialValues' in element.props))).toBe(false);
  });

  it('gives admins the editor and the delete button', async () => {
    sessionUser.mockResolvedValue(asSession(w.a.admin));
    const page = await renderForm(w.a.org.slug, w.a.form.id, 'nonsense');
    expect(propsWith(page, 'initialValues')?.canEdit).toBe(true);
    expect(propsWith(page, 'defaultValue')?.defaultValue).toBe('settings');
    expect(elements(page).some((element) => element.props.name === 'Contact A' && element.props.formId === w.a.form.id && !('initialValues' in element.props))).toBe(true);
  });

  it("is not found for a malformed id, another workspace's form, or a non-member", async () => {
    await expect(renderForm(w.a.org.slug, 'nope')).rejects.toThrow('NEXT_NOT_FOUND');
    sessionUser.mockResolvedValue(asSession(w.b.owner));
    await expect(renderForm(w.b.org.slug, w.a.form.id)).rejects.toThrow('NEXT_NOT_FOUND');
    await expect(renderForm(w.a.org.slug, w.a.form.id)).rejects.toThrow('NEXT_NOT_FOUND');
  });
});
