import { eq } from 'drizzle-orm';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PLAIN_POST_ERROR_MESSAGES, PlainPostErrorNotice } from '@/components/forms-builder/hosted/plain-post-error';
import { leadForms } from '@/db/schema';
import { setupTwoWorkspacesTest } from '@/tests/helpers/two-workspaces-test';
import HostedFormPage, { generateMetadata } from './page';

vi.mock('next/navigation', () => ({
  notFound: () => {
    throw new Error('NEXT_NOT_FOUND');
  },
}));
const { testDb, w } = setupTwoWorkspacesTest();

type Element = ReactElement<{ children?: unknown; form?: unknown; formId?: string; embedded?: boolean; message?: string; error?: string; role?: string }>;

const render = (formId: string, query: Record<string, string> = {}) =>
  HostedFormPage({ params: Promise.resolve({ formId }), searchParams: Promise.resolve(query) }) as Promise<Element>;

/** Every element of a rendered tree, depth first, so a test can find a component by its props. */
function elements(node: unknown): Element[] {
  if (!node || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap(elements);
  const element = node as Element;
  return [element, ...elements(element.props?.children)];
}

describe('/f/{formId}', () => {
  it('renders an active form for anyone, without its internal settings', async () => {
    const page = await render(w.a.form.id);
    const form = elements(page).find((element) => element.props.form)?.props;
    expect(form).toMatchObject({ embedded: false, form: { id: w.a.form.id, submitLabel: 'Send', fields: w.a.form.fields } });
    expect(JSON.stringify(form)).not.toContain('notifyEmails');
    expect(JSON.stringify(elements(page).map((element) => element.props.children).filter((child) => typeof child === 'string'))).toContain(w.a.org.name);
  });

  it('frames itself for embeds and shows the thank-you message after a plain post', async () => {
    const embedded = await render(w.a.form.id, { embed: '1' });
    expect(embedded.props.formId).toBe(w.a.form.id);
    expect(elements(embedded).find((element) => element.props.form)?.props.embedded).toBe(true);
    const submitted = await render(w.a.form.id, { submitted: '1' });
    expect(elements(submitted).find((element) => element.props.message)?.props.message).toBe('Thanks!');
    expect(elements(submitted).some((element) => element.props.form)).toBe(false);
  });

  it('explains a plain HTML post the endpoint turned away, above the form, as an alert', async () => {
    for (const error of ['invalid', 'rate_limited'] as const) {
      const page = await render(w.a.form.id, { error, embed: '1' });
      const all = elements(page);
      const noticeAt = all.findIndex((element) => element.props.error === error);
      const formAt = all.findIndex((element) => element.props.form);
      expect(noticeAt).toBeGreaterThan(-1);
      expect(noticeAt).toBeLessThan(formAt);
      expect(all[formAt]!.props.embedded).toBe(true);
    }
    const notice = PlainPostErrorNotice({ error: 'rate_limited' }) as Element;
    expect(notice.props.role).toBe('alert');
    expect(JSON.stringify(elements(notice).map((element) => element.props.children))).toContain(PLAIN_POST_ERROR_MESSAGES.rate_limited);
    // Unknown values show nothing, and a successful post never shows an old error.
    for (const query of [{ error: 'boom' }, { error: 'invalid', submitted: '1' }] as Record<string, string>[]) {
      expect(elements(await render(w.a.form.id, query)).some((element) => element.props.error)).toBe(false);
    }
  });

  it('is not found for unknown, malformed and paused forms', async () => {
    await expect(render('nope')).rejects.toThrow('NEXT_NOT_FOUND');
    await expect(render('00000000-0000-4000-8000-000000000000')).rejects.toThrow('NEXT_NOT_FOUND');
    await testDb.db.update(leadForms).set({ isActive: false }).where(eq(leadForms.id, w.a.form.id));
    await expect(render(w.a.form.id)).rejects.toThrow('NEXT_NOT_FOUND');
  });

  it('titles the page with the form and keeps it out of search engines', async () => {
    const metadata = await generateMetadata({ params: Promise.resolve({ formId: w.a.form.id }), searchParams: Promise.resolve({}) });
    expect(metadata).toMatchObject({ title: { absolute: `Contact A · ${w.a.org.name}` }, robots: { index: false } });
  });
});
