import type { Metadata } from 'next';
import { BlogListing } from '@/components/blog/blog-listing';
import { buildBlogListingMetadata } from '@/lib/blog/page-metadata';
import { BLOG_DESCRIPTION, loadBlogListing } from './load-blog-listing';

// ISR: rebuilt at most once a minute (and on demand when staff save), so a scheduled post shows up in time.
export const revalidate = 60;

export const metadata: Metadata = buildBlogListingMetadata({ title: 'Blog', description: BLOG_DESCRIPTION, path: '/blog' });

export default async function BlogIndexPage() {
  return <BlogListing {...await loadBlogListing({ page: 1 })} />;
}
