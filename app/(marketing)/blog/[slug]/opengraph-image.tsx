import { POST_OG_SIZE, renderPostOgCard } from '@/components/blog/post-og-card';
import { getDb } from '@/db';
import { getPublishedPostBySlug } from '@/lib/blog/public-posts';

export const alt = 'Blog post';
export const size = POST_OG_SIZE;
export const contentType = 'image/png';
// Same lifetime as the post page: a retitled post gets a new card within a minute.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

// GET /blog/{slug}/opengraph-image - the post's social card (title and author); 404 unless the post is public
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const found = await getPublishedPostBySlug(getDb(), (await params).slug);
  if (!found || !('post' in found)) return new Response('Not found', { status: 404 });
  return renderPostOgCard({ title: found.post.title, authorName: found.post.authorName });
}
