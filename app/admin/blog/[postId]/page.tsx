import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { PostEditor } from '@/components/admin/blog/post-editor';
import { PageHeader } from '@/components/admin/page-header';
import { getDb } from '@/db';
import { getPostForAdmin, listStaffAuthors } from '@/lib/blog/admin-posts';
import { isAppError } from '@/lib/errors';
import { getSiteUrl } from '@/lib/marketing/site';
import { requireStaff } from '../../require-staff';

type Props = { params: Promise<{ postId: string }> };

// The title in the tab and the editor read the same post: one query for both.
const findPost = cache(async (postId: string) =>
  getPostForAdmin(getDb(), postId).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'not_found') return null;
    throw error;
  }),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Nothing about the post leaks into the title for someone who is not staff.
  await requireStaff('/admin/blog');
  const post = await findPost((await params).postId);
  return { title: post ? `Edit “${post.title}”` : 'Post not found' };
}

export default async function EditBlogPostPage({ params }: Props) {
  const { postId } = await params;
  const user = await requireStaff(`/admin/blog/${postId}`);
  const [post, authors] = await Promise.all([findPost(postId), listStaffAuthors(getDb())]);
  if (!post) notFound();
  return (
    <>
      <Link href="/admin/blog" className="mb-4 inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft className="size-4" aria-hidden />
        All posts
      </Link>
      <PageHeader title="Edit post" description={post.title} />
      {/* Keyed by post: moving to another post starts a fresh form instead of carrying this one over. */}
      <PostEditor key={post.id} post={post} authors={authors} currentUserId={user.id} siteUrl={getSiteUrl()} />
    </>
  );
}
