import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { PostEditor } from '@/components/admin/blog/post-editor';
import { PageHeader } from '@/components/admin/page-header';
import { getDb } from '@/db';
import { listStaffAuthors } from '@/lib/blog/admin-posts';
import { getSiteUrl } from '@/lib/marketing/site';
import { requireStaff } from '../../require-staff';

export const metadata: Metadata = { title: 'New blog post' };

export default async function NewBlogPostPage() {
  const user = await requireStaff('/admin/blog/new');
  const authors = await listStaffAuthors(getDb());
  return (
    <>
      <Link href="/admin/blog" className="mb-4 inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft className="size-4" aria-hidden />
        All posts
      </Link>
      <PageHeader title="New post" description="Drafts are private. Publish now, or schedule the post to go live on its own." />
      <PostEditor authors={authors} currentUserId={user.id} siteUrl={getSiteUrl()} />
    </>
  );
}
