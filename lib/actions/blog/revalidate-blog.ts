import { revalidatePath } from 'next/cache';
import { blogPathsAffectedBy } from '@/lib/blog/paths';
import type { BlogPostSnapshot } from '@/lib/blog/posts';

/*
 * Route patterns for cached pages a change cannot name one by one. revalidatePath matches the app/ folder
 * path, so the (marketing) route group is part of each pattern.
 */
const NUMBERED_LISTINGS = ['/(marketing)/blog/page/[page]', '/(marketing)/blog/tags/[tag]/page/[page]'];
const TAG_LISTINGS = '/(marketing)/blog/tags/[tag]';
// The post's social card lives at opengraph-image-<suffix>, a name Next derives at build time from the route
// group, so no literal path or page pattern reaches it: only the layout form of the post segment above it does.
const POST_SEGMENT = '/(marketing)/blog/[slug]';

/** Whether a post came, went or changed where listings count it: then every listing's topic counts change. */
function changesTopics(versions: BlogPostSnapshot[]): boolean {
  const [before, after] = versions;
  return !before || !after || before.status !== after.status || before.tags.join() !== after.tags.join();
}

/** Whether the post's social card could differ: its title or author, or whether (and where) it is public. */
function changesCard(versions: BlogPostSnapshot[]): boolean {
  const [before, after] = versions;
  if (!before || !after) return true;
  return before.slug !== after.slug || before.status !== after.status || before.title !== after.title || before.authorId !== after.authorId;
}

/**
 * Tells the static blog pages that a post changed. A post that is and was a draft has no public page, so
 * only the staff list is refreshed. Otherwise: the index, the post under its old and new slug, the first page
 * of each tag it left or joined, the sitemap and the feed by name; the numbered listing pages by pattern (a
 * post coming or going shifts every later page, and an edited post may sit on any of them); every tag's page
 * when the topic counts change; every post segment when the card changes. Nothing outside the blog.
 * Pass the post's version before the change first, then after (one version for a create or a delete).
 */
export function revalidateBlog(...versions: (BlogPostSnapshot | null | undefined)[]) {
  const present = versions.filter((version): version is BlogPostSnapshot => Boolean(version));
  if (present.every((version) => version.status === 'draft')) {
    revalidatePath('/admin/blog');
    return;
  }
  for (const path of blogPathsAffectedBy(...present)) revalidatePath(path);
  for (const pattern of NUMBERED_LISTINGS) revalidatePath(pattern, 'page');
  if (changesTopics(present)) revalidatePath(TAG_LISTINGS, 'page');
  if (changesCard(present)) revalidatePath(POST_SEGMENT, 'layout');
}
