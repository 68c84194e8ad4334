import { describe, expect, it } from 'vitest';
import { inAppHref, markReadInCache, type NotificationItem, type NotificationsPage } from './notification-api';

const item = (id: string, readAt: string | null = null): NotificationItem => ({
  id, type: 'task_assigned', title: id, body: null, href: null, readAt, createdAt: '2030-01-01T00:00:00.000Z',
});
const NOW = '2030-01-02T00:00:00.000Z';

describe('inAppHref', () => {
  it('keeps paths inside the app', () => {
    expect(inAppHref('/app/acme/leads/1?tab=notes#x')).toBe('/app/acme/leads/1?tab=notes#x');
  });

  it('refuses anything that could leave the app or the site', () => {
    for (const href of [null, '', 'https://evil.test/app/x', '//evil.test/app/x', '/app\\..\\evil', '/admin/users', '/app/../admin', 'javascript:alert(1)', '/appx/y']) {
      expect(inAppHref(href)).toBeNull();
    }
  });
});

describe('markReadInCache', () => {
  const page: NotificationsPage = { items: [item('a'), item('b'), item('c', NOW)], nextCursor: null, unreadCount: 5 };

  it('marks the named unread items read and lowers the count by their number', () => {
    const next = markReadInCache(page, { ids: ['a'] }, NOW)!;
    expect(next.items.map((n) => n.readAt)).toEqual([NOW, null, NOW]);
    expect(next.unreadCount).toBe(4);
  });

  it('marks everything read in every page of a list for "all"', () => {
    const next = markReadInCache({ pages: [page, { ...page, items: [item('d')] }], pageParams: [null, 'x'] }, { all: true }, NOW)!;
    expect(next.pages.flatMap((p) => p.items).every((n) => n.readAt !== null)).toBe(true);
    expect(next.pages.map((p) => p.unreadCount)).toEqual([0, 0]);
  });

  it('leaves an empty cache alone', () => {
    expect(markReadInCache(undefined, { all: true }, NOW)).toBeUndefined();
  });
});
