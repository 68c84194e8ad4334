import Link from 'next/link';
import { DateTime } from '@/components/admin/date-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { AdminPostListItem } from '@/lib/blog/admin-posts';
import { PostStatusBadge } from './post-status-badge';

/** The staff list of posts: title (to the editor), status, publication time, author, last edit. */
export function AdminPostTable({ posts }: { posts: AdminPostListItem[] }) {
  return (
    <div className="rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Title</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>Publication</TableHead>
            <TableHead>Author</TableHead>
            <TableHead>Last edited</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {posts.map((post) => (
            <TableRow key={post.id}>
              <TableCell className="max-w-md">
                <Link href={`/admin/blog/${post.id}`} className="block truncate font-medium underline-offset-4 hover:underline">
                  {post.title}
                </Link>
                <span className="block truncate font-mono text-xs text-muted-foreground">/blog/{post.slug}</span>
              </TableCell>
              <TableCell>
                <PostStatusBadge status={post.status} />
              </TableCell>
              <TableCell className="text-sm">
                {post.status !== 'draft' && post.publishedAt ? <DateTime value={post.publishedAt} /> : <span className="text-muted-foreground">—</span>}
              </TableCell>
              <TableCell className="max-w-40 truncate text-sm">{post.authorName ?? post.authorEmail ?? <span className="text-muted-foreground">—</span>}</TableCell>
              <TableCell className="text-sm">
                <DateTime value={post.updatedAt} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
