// The blog's public addresses in one place: pages link with these and actions invalidate the same strings.

export const BLOG_PATH = '/blog';

type SitePath = `/${string}`;

export function postPath(slug: string): SitePath {
  return `${BLOG_PATH}/${slug}`;
}

export function tagPath(tag: string): SitePath {
  return `${BLOG_PATH}/tags/${encodeURIComponent(tag)}`;
}

/** Page 1 of a listing is the listing itself; later pages live under /page/<n> (path segments, no query). */
export function listingPagePath(basePath: SitePath, page: number): SitePath {
  return page <= 1 ? basePath : `${basePath}/page/${page}`;
}

type PostPaths = { slug: string; tags: string[] };

/**
 * The public paths a change to a post alters that can be named: the index, the post under its old and new
 * slug, each tag page it left or joined, the sitemap and the feed. Numbered listing pages and social cards
 * are reached by route pattern where the cache is invalidated.
 */
export function blogPathsAffectedBy(...versions: (PostPaths | null | undefined)[]): string[] {
  const paths = new Set([BLOG_PATH, '/sitemap.xml', '/rss.xml']);
  for (const version of versions) {
    if (!version) continue;
    paths.add(postPath(version.slug));
    for (const tag of version.tags) paths.add(tagPath(tag));
  }
  return [...paths];
}
