import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { BlogListing } from '@/components/blog/blog-listing';
import { buildBlogListingMetadata } from '@/lib/blog/page-metadata';
import { parsePageNumber } from '@/lib/blog/pagination';
import { listingPagePath, tagPath } from '@/lib/blog/paths';
import { isTagSegment } from '@/lib/blog/schemas';
import { loadBlogListing } from '../../../../load-blog-listing';

type Props = { params: Promise<{ tag: string; page: string }> };

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, page: segment } = await params;
  const page = parsePageNumber(segment);
  if (!page || !isTagSegment(tag)) return {};
  return buildBlogListingMetadata({
    title: `Posts tagged #${tag}, page ${page}`,
    description: `Blog posts about ${tag}.`,
    path: listingPagePath(tagPath(tag), page),
  });
}

export default async function TagPageNumber({ params }: Props) {
  const { tag, page: segment } = await params;
  const page = parsePageNumber(segment);
  if (!page || !isTagSegment(tag)) notFound();
  if (page === 1) permanentRedirect(tagPath(tag));
  return <BlogListing {...await loadBlogListing({ page, tag })} />;
}
