import Link from 'next/link';
import type { PublishedPostSummary } from '@/lib/blog/public-posts';
import { postPath } from '@/lib/blog/paths';
import { CoverImage } from './cover-image';
import { PostDate } from './post-date';
import { TagChips } from './tag-chips';

/** One post in a listing: cover, title (the link), date and author, excerpt, tags. */
export function PostCard({ post, headingLevel = 'h2' }: { post: PublishedPostSummary; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  return (
    <article className="grid gap-4 border-b pb-10 last:border-b-0 sm:grid-cols-[minmax(0,1fr)_16rem] sm:items-start">
      <div className="grid gap-3">
        <p className="text-sm text-muted-foreground">
          <PostDate date={post.publishedAt} />
          {post.authorName ? <> · {post.authorName}</> : null}
        </p>
        <Heading className="text-2xl font-semibold tracking-tight text-balance">
          <Link href={postPath(post.slug)} className="hover:text-primary focus-visible:text-primary">
            {post.title}
          </Link>
        </Heading>
        {post.excerpt ? <p className="text-muted-foreground text-pretty">{post.excerpt}</p> : null}
        <TagChips tags={post.tags} label={`Tags of “${post.title}”`} />
      </div>
      {post.coverImageUrl ? <CoverImage src={post.coverImageUrl} className="order-first sm:order-none" /> : null}
    </article>
  );
}
