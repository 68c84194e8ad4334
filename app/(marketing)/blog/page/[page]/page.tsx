import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { BlogListing } from '@/components/blog/blog-listing';
import { buildBlogListingMetadata } from '@/lib/blog/page-metadata';
import { parsePageNumber } from '@/lib/blog/pagination';
import { BLOG_PATH, listingPagePath } from '@/lib/blog/paths';
import { BLOG_DESCRIPTION, loadBlogListing } from '../../load-blog-listing';

type Props = { params: Promise<{ page: string }> };

// Pages are rendered on first visit and then cached (ISR): nothing is read from the database at build time.
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageNumber((await params).page);
  if (!page) return {};
  return buildBlogListingMetadata({ title: `Blog, page ${page}`, description: BLOG_DESCRIPTION, path: listingPagePath(BLOG_PATH, page) });
}

export default async function BlogPage({ params }: Props) {
  const page = parsePageNumber((await params).page);
  if (!page) notFound();
  // Page 1 has one address: the index itself.
  if (page === 1) permanentRedirect(BLOG_PATH);
  return <BlogListing {...await loadBlogListing({ page })} />;
}
