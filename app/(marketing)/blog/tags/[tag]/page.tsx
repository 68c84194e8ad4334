import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BlogListing } from '@/components/blog/blog-listing';
import { buildBlogListingMetadata } from '@/lib/blog/page-metadata';
import { tagPath } from '@/lib/blog/paths';
import { isTagSegment } from '@/lib/blog/schemas';
import { loadBlogListing } from '../../load-blog-listing';

type Props = { params: Promise<{ tag: string }> };

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag } = await params;
  if (!isTagSegment(tag)) return {};
  return buildBlogListingMetadata({ title: `Posts tagged #${tag}`, description: `Blog posts about ${tag}.`, path: tagPath(tag) });
}

export default async function TagPage({ params }: Props) {
  const { tag } = await params;
  if (!isTagSegment(tag)) notFound();
  return <BlogListing {...await loadBlogListing({ page: 1, tag })} />;
}
