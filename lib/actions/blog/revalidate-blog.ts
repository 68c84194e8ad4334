import { revalidatePath } from 'next/cache';
import { blogPathsAffectedBy } from '@/lib/blog/paths';
import type { BlogPostSnapshot } from '@/lib/blog/posts';

/**
 * Tells the static blog pages that a post changed. A post that is and was a draft has no public page, so
 * only the staff list is refreshed. Otherwise: the index, the post under its old and new slug, the tag pages
 * it left or joined, the sitemap and the feed, and then the root layout, because numbered listing pages
 * (/blog/page/N, /blog/tags/x/page/N) shift by one when a post comes or goes and the post's Open Graph
 * image carries its title; the layout form is the one way to reach all of those at once.
 */
export function revalidateBlog(...versions: (BlogPostSnapshot | null | undefined)[]) {
  const present = versions.filter((version): version is BlogPostSnapshot => Boolean(version));
  if (present.every((version) => version.status === 'draft')) {
    revalidatePath('/admin/blog');
    return;
  }
  for (const path of blogPathsAffectedBy(...present)) revalidatePath(path);
  revalidatePath('/', 'layout');
}
