import Link from 'next/link';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { NotificationItem } from './notification-api';
import { NotificationRow } from './notification-row';

const ITEM: NotificationItem = {
  id: 'n-1',
  type: 'lead_assigned',
  title: 'New lead: Jane Doe',
  body: 'Acme',
  href: '/app/acme/leads/l-1',
  readAt: null,
  createdAt: '2030-03-04T08:00:00.000Z',
};

type LinkProps = { href: string; onClick: (event: Partial<MouseEvent>) => void; onAuxClick: (event: Partial<MouseEvent>) => void };
const click = (overrides: Partial<MouseEvent> = {}) => ({ button: 0, metaKey: false, ctrlKey: false, shiftKey: false, ...overrides });

describe('NotificationRow', () => {
  it('renders an in-app link as a real link, so it can open in a new tab', () => {
    const html = renderToStaticMarkup(<NotificationRow item={ITEM} onOpen={() => {}} renderedAt={ITEM.createdAt} />);
    expect(html).toMatch(/^<a [^>]*href="\/app\/acme\/leads\/l-1"/);
    expect(html).toContain('<span class="sr-only">Unread: </span>New lead: Jane Doe');
  });

  it('renders a button when the notification has no in-app link (none, or one leading elsewhere)', () => {
    for (const href of [null, 'https://evil.example/app/x', '//evil.example/app']) {
      const html = renderToStaticMarkup(<NotificationRow item={{ ...ITEM, href }} onOpen={() => {}} renderedAt={ITEM.createdAt} />);
      expect(html).toMatch(/^<button type="button"/);
      expect(html).not.toContain('href=');
    }
  });

  it('marks read on click, and tells whether the link went to another tab', () => {
    const onOpen = vi.fn();
    const element = NotificationRow({ item: ITEM, onOpen }) as ReactElement<LinkProps>;
    expect(element.type).toBe(Link);
    element.props.onClick(click());
    element.props.onClick(click({ metaKey: true }));
    element.props.onClick(click({ ctrlKey: true }));
    element.props.onAuxClick(click({ button: 1 }));
    element.props.onAuxClick(click({ button: 2 }));
    expect(onOpen.mock.calls).toEqual([
      [ITEM, { inNewTab: false }],
      [ITEM, { inNewTab: true }],
      [ITEM, { inNewTab: true }],
      [ITEM, { inNewTab: true }],
    ]);
  });
});
