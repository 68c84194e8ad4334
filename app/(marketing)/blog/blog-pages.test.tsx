import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { blogPostSlugRedirects } from '@/db/schema';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { createStaffActor, insertBlogPost, minutesFromNow } from '@/tests/helpers/blog';
import PostPage, { generateMetadata as postMetadata, generateStaticParams, dynamicParams, revalidate } from './[slug]/page';
import BlogIndexPage from './page';
import BlogPageNumber from './page/[page]/page';
import TagPage from './tags/[tag]/page';

const testDb = setupTestDatabase();

beforeAll(() => {
  process.env.DATABASE_URL = testDb.url;
  process.env.APP_URL = 'https://crm.example.com';
});
beforeEach(async () => {
  await truncateAll(testDb.db);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const render = async (element: Promise<ReactElement> | ReactElement) => renderToStaticMarkup(await element);
/** What Next's notFound()/redirect() threw, by its digest. */
async function digestOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return (error as { digest?: string }).digest;
  }
  return 'rendered';
}

async function seedPosts() {
  const { user } = await createStaffActor(testDb.db, 'Ada Writer');
  const live = await insertBlogPost(testDb.db, {
    slug: 'hello-world',
    title: 'Hello </script> world',
    excerpt: 'The first post.',
    body: '## Section\n\n<img src=x onerror="alert(1)">\n\n[docs](https://example.com)',
    status: 'published',
    publishedAt: new Date('2026-01-15T09:00:00Z'),
    tags: ['news'],
    authorId: user.id,
  });
  await insertBlogPost(testDb.db, { slug: 'secret-draft', title: 'Secret draft', status: 'draft' });
  await insertBlogPost(testDb.db, { slug: 'coming-soon', title: 'Coming soon', status: 'scheduled', publishedAt: minutesFromNow(60), tags: ['later'] });
  return { live };
}

describe('public blog pages', () => {
  it('/blog lists published posts with their tags and topics, never drafts or future posts', async () => {
    await seedPosts();
    const html = await render(BlogIndexPage());
    expect(html.match(/<h1\b/g)).toHaveLength(1);
    expect(html).toContain('href="/blog/hello-world"');
    expect(html).toContain('Hello &lt;/script&gt; world');
    expect(html).toContain('<time dateTime="2026-01-15T09:00:00.000Z">January 15, 2026</time>');
    expect(html).toContain('href="/blog/tags/news"');
    expect(html).not.toMatch(/Secret draft|Coming soon|tags\/later/);
  });

  it('/blog is an empty list while `next build` prerenders it, without a database; ISR fills it after deploy', async () => {
    await seedPosts();
    vi.stubEnv('NEXT_PHASE', 'phase-production-build');
    vi.stubEnv('DATABASE_URL', ''); // as when building without a database: any query would throw
    const html = await render(BlogIndexPage());
    vi.unstubAllEnvs();
    expect(html).toContain('No posts yet');
    expect(html).not.toContain('hello-world');
    expect(await render(BlogIndexPage())).toContain('href="/blog/hello-world"');
  });

  it('/blog says "No posts yet" when nothing is published', async () => {
    await insertBlogPost(testDb.db, { status: 'draft' });
    expect(await render(BlogIndexPage())).toContain('No posts yet');
  });

  it('numbered pages: page 1 redirects to /blog, junk and pages past the end are 404', async () => {
    for (let i = 0; i < 11; i++) await insertBlogPost(testDb.db, { slug: `p${i}`, status: 'published', publishedAt: minutesFromNow(-100 + i) });
    const page2 = await render(BlogPageNumber({ params: Promise.resolve({ page: '2' }) }));
    expect(page2).toContain('href="/blog/p0"');
    expect(page2).toContain('Page 2 of 2');
    expect(page2).toContain('href="/blog"');
    expect(await digestOf(BlogPageNumber({ params: Promise.resolve({ page: '1' }) }))).toMatch(/^NEXT_REDIRECT;replace;\/blog;308;/);
    for (const page of ['3', '02', 'x']) expect(await digestOf(BlogPageNumber({ params: Promise.resolve({ page }) }))).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
  });

  it('tag pages list the tag’s public posts; unknown or only-future tags are 404', async () => {
    await seedPosts();
    expect(await render(TagPage({ params: Promise.resolve({ tag: 'news' }) }))).toContain('href="/blog/hello-world"');
    for (const tag of ['later', 'nothing', 'Bad Tag']) expect(await digestOf(TagPage({ params: Promise.resolve({ tag }) }))).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
  });

  it('a post renders sanitised, with author, date, tags and escaped BlogPosting JSON-LD', async () => {
    await seedPosts();
    const html = await render(PostPage({ params: Promise.resolve({ slug: 'hello-world' }) }));
    expect(html.match(/<h1\b/g)).toHaveLength(1);
    expect(html).toContain('<h2>Section</h2>');
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer nofollow">docs</a>');
    expect(html).not.toMatch(/onerror|alert\(1\)/);
    expect(html).toContain('Ada Writer');
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toMatchObject({ '@type': 'BlogPosting', headline: 'Hello </script> world', url: 'https://crm.example.com/blog/hello-world', datePublished: '2026-01-15T09:00:00.000Z' });
  });

  it('an old slug redirects permanently; drafts, future and unknown posts are 404', async () => {
    const { live } = await seedPosts();
    await testDb.db.insert(blogPostSlugRedirects).values({ slug: 'hello', postId: live.id });
    expect(await digestOf(PostPage({ params: Promise.resolve({ slug: 'hello' }) }))).toMatch(/^NEXT_REDIRECT;replace;\/blog\/hello-world;308;/);
    for (const slug of ['secret-draft', 'coming-soon', 'nope']) expect(await digestOf(PostPage({ params: Promise.resolve({ slug }) }))).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
  });

  it('is ISR with no build-time reads, and describes the post for search and social', async () => {
    expect({ revalidate, dynamicParams, params: generateStaticParams() }).toEqual({ revalidate: 60, dynamicParams: true, params: [] });
    await seedPosts();
    expect(await postMetadata({ params: Promise.resolve({ slug: 'hello-world' }) })).toMatchObject({
      title: 'Hello </script> world',
      description: 'The first post.',
      alternates: { canonical: '/blog/hello-world' },
      openGraph: { type: 'article', publishedTime: '2026-01-15T09:00:00.000Z' },
    });
    expect(await postMetadata({ params: Promise.resolve({ slug: 'secret-draft' }) })).toEqual({});
  });
});
