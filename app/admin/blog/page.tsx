import { FileText, Plus } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminPostTable } from '@/components/admin/blog/admin-post-table';
import { adminBlogHref } from '@/components/admin/blog/admin-blog-href';
import { PostListFilters } from '@/components/admin/blog/post-list-filters';
import { EmptyState } from '@/components/admin/empty-state';
import { FilteredEmptyState } from '@/components/admin/filtered-empty-state';
import { PageHeader } from '@/components/admin/page-header';
import { PageNumbers } from '@/components/blog/page-numbers';
import { Button } from '@/components/ui/button';
import { getDb } from '@/db';
import { listPostsForAdmin } from '@/lib/blog/admin-posts';
import { listAdminPostsSchema } from '@/lib/blog/schemas';
import { requireStaff } from '../require-staff';
import { firstParam, type SearchParams } from '../search-params';

export const metadata: Metadata = { title: 'Blog' };

export default async function AdminBlogPage({ searchParams }: { searchParams: SearchParams }) {
  await requireStaff('/admin/blog');
  const params = await searchParams;
  const filters = listAdminPostsSchema.parse({ status: firstParam(params.status), q: firstParam(params.q), page: firstParam(params.page) });
  const result = await listPostsForAdmin(getDb(), filters);
  const isFiltered = filters.status !== 'all' || Boolean(filters.q);

  return (
    <>
      <PageHeader title="Blog" description="Posts on the public blog at /blog. Drafts stay private; scheduled posts go live on their own at their time.">
        <Button asChild>
          <Link href="/admin/blog/new">
            <Plus aria-hidden />
            New post
          </Link>
        </Button>
      </PageHeader>
      <PostListFilters status={filters.status} q={filters.q} />
      {result.total === 0 && !isFiltered ? (
        <EmptyState
          icon={<FileText aria-hidden />}
          title="No posts yet"
          description="Write the first article for the public blog. It stays a draft until you publish or schedule it."
          action={
            <Button asChild size="sm" className="mt-2">
              <Link href="/admin/blog/new">Write a post</Link>
            </Button>
          }
        />
      ) : result.items.length === 0 ? (
        <FilteredEmptyState
          icon={<FileText aria-hidden />}
          filtered={isFiltered || filters.page > 1}
          title={filters.page > result.pageCount ? 'This page is empty' : 'No matching posts'}
          description={filters.q ? `No post title contains “${filters.q}”.` : 'No posts have this status.'}
          showAllHref={filters.page > result.pageCount ? adminBlogHref({ status: filters.status, q: filters.q }) : '/admin/blog'}
          showAllLabel={filters.page > result.pageCount ? 'Go to the first page' : 'Show all posts'}
        />
      ) : (
        <>
          <AdminPostTable posts={result.items} />
          <p className="mt-3 text-sm text-muted-foreground">
            {result.total} {result.total === 1 ? 'post' : 'posts'}
          </p>
          <PageNumbers
            page={filters.page}
            pageCount={result.pageCount}
            hrefFor={(page) => adminBlogHref({ status: filters.status, q: filters.q, page })}
            className="mt-4"
          />
        </>
      )}
    </>
  );
}
