import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { User } from '@/db/schema';
import { getSessionUser } from '@/lib/server/session';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { createStaffActor, insertBlogPost } from '@/tests/helpers/blog';
import { createTestUser } from '@/tests/helpers/factories';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import EditPostPage from './[postId]/page';
import NewPostPage from './new/page';
import AdminBlogPage from './page';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/navigation', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/navigation')>()),
  useRouter: () => ({ push: vi.fn(), replace: vi.fn(), refresh: vi.fn(), prefetch: vi.fn(), back: vi.fn(), forward: vi.fn() }),
}));
const sessionUser = vi.mocked(getSessionUser);
const testDb = setupTestDatabase();
let staff: User;

beforeAll(() => {
  process.env.DATABASE_URL = testDb.url;
  process.env.APP_URL = 'https://crm.example.com';
});
beforeEach(async () => {
  await truncateAll(testDb.db);
  ({ user: staff } = await createStaffActor(testDb.db, 'Grace Staff'));
  sessionUser.mockResolvedValue(asSession(staff));
});

const list = async (search: Record<string, string> = {}) => renderToString((await AdminBlogPage({ searchParams: Promise.resolve(search) })) as ReactElement);
async function digestOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return (error as { digest?: string }).digest;
  }
  return 'rendered';
}

describe('staff blog pages', () => {
  it('are a 404 for users who are not staff and send signed-out visitors to sign in', async () => {
    const post = await insertBlogPost(testDb.db);
    sessionUser.mockResolvedValue(asSession(await createTestUser(testDb.db)));
    for (const page of [AdminBlogPage({ searchParams: Promise.resolve({}) }), NewPostPage(), EditPostPage({ params: Promise.resolve({ postId: post.id }) })]) {
      expect(await digestOf(page)).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
    }
    sessionUser.mockResolvedValue(null);
    expect(await digestOf(AdminBlogPage({ searchParams: Promise.resolve({}) }))).toMatch(/^NEXT_REDIRECT;replace;\/sign-in\?callbackUrl=\/admin\/blog;307;/);
  });

  it('the list offers "New post" and an empty state when there are no posts', async () => {
    const html = await list();
    expect(html).toContain('No posts yet');
    expect(html).toContain('href="/admin/blog/new"');
  });

  it('the list filters by status and title and pages with numbers', async () => {
    for (let i = 0; i < 21; i++) await insertBlogPost(testDb.db, { title: `Draft ${i}`, updatedAt: new Date(Date.UTC(2026, 0, 1, 0, i)) });
    const live = await insertBlogPost(testDb.db, { title: 'Launch day', status: 'published', publishedAt: new Date('2026-02-01T00:00:00Z') });
    const all = await list();
    expect(all).toContain('22<!-- --> <!-- -->posts');
    expect(all).toContain('href="/admin/blog?page=2"');
    const published = await list({ status: 'published' });
    expect(published).toContain(`href="/admin/blog/${live.id}"`);
    expect(published).not.toContain('Draft 3');
    expect(published).toMatch(/aria-current="page"[^>]*>Published</);
    const searched = await list({ q: 'launch' });
    expect(searched).toContain('Launch day');
    expect(searched).not.toContain('Draft 1');
    const none = await list({ q: 'zzz' });
    expect(none).toContain('No matching posts');
  });

  it('the editor renders for a new post and for an existing one, with its values', async () => {
    const fresh = renderToString((await NewPostPage()) as ReactElement);
    for (const text of ['Save draft', 'Schedule for the time above', 'Publish now', 'Post (markdown)', 'SEO title', 'Upload image', 'Author']) expect(fresh).toContain(text);

    const post = await insertBlogPost(testDb.db, { title: 'Edit me', slug: 'edit-me', status: 'published', publishedAt: new Date('2026-02-01T00:00:00Z'), seoTitle: 'Short', authorId: staff.id });
    const edit = renderToString((await EditPostPage({ params: Promise.resolve({ postId: post.id }) })) as ReactElement);
    expect(edit).toContain('value="Edit me"');
    expect(edit).toContain('value="edit-me"');
    expect(edit).toContain('https://crm.example.com/blog/edit-me');
    expect(edit).toContain('5<!-- --> / <!-- -->70');
    for (const text of ['Save changes', 'Unpublish', 'Delete post', 'View on the blog']) expect(edit).toContain(text);
    expect(await digestOf(EditPostPage({ params: Promise.resolve({ postId: crypto.randomUUID() }) }))).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
    expect(await digestOf(EditPostPage({ params: Promise.resolve({ postId: 'not-a-uuid' }) }))).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
  });
});
