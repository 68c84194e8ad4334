import { Feed } from 'feed';
import { SITE_NAME } from '@/lib/marketing/site';
import { renderMarkdown } from './markdown';
import { BLOG_PATH, postPath, tagPath } from './paths';

export type FeedPost = {
  slug: string;
  title: string;
  excerpt: string;
  body: string;
  tags: string[];
  coverImageUrl: string | null;
  publishedAt: Date;
  updatedAt: Date;
  authorName: string | null;
};

/** Our own `/uploads/…` covers are site paths; a feed reader needs them absolute. */
function absoluteFrom(siteUrl: string, url: string): string {
  return url.startsWith('/') ? `${siteUrl}${url}` : url;
}

/**
 * Site-relative links and images in a post's HTML made absolute: feed readers resolve nothing against the
 * site. The HTML is rehype-stringify output, so attributes are always double-quoted.
 */
function absolutiseHtml(html: string, siteUrl: string): string {
  return html.replace(/ (href|src)="\/(?!\/)/g, ` $1="${siteUrl}/`);
}

/*
 * `feed` writes titles, descriptions and content as CDATA, and its XML writer splits only the FIRST "]]>" of a
 * section; a second one would end the section early and break the whole feed. So every "]]>" is swapped for a
 * marker, and once the XML is written each marker becomes the standard split (one section ends after "]]",
 * the next starts with ">"): readers see the exact text. U+FFFF cannot occur in well-formed XML, so no real text
 * can look like the marker, and text nodes outside CDATA have their ">" escaped, so it can appear nowhere else.
 */
const CDATA_END = ']]>';
const CDATA_END_MARKER = ']]\uFFFF>';
const SPLIT_CDATA_END = ']]]]><![CDATA[>';

function markCdataEnds(text: string): string {
  return text.replaceAll(CDATA_END, CDATA_END_MARKER);
}

/**
 * RSS 2.0 for the newest public posts, each with its full sanitised HTML (the same renderer as the page),
 * and absolute links, since readers resolve nothing against the site.
 */
export function buildRssFeed(posts: FeedPost[], siteUrl: string): string {
  const blogUrl = `${siteUrl}${BLOG_PATH}`;
  const feed = new Feed({
    id: blogUrl,
    link: blogUrl,
    title: `${SITE_NAME} blog`,
    description: `News, guides and product updates from ${SITE_NAME}.`,
    language: 'en',
    copyright: `© ${SITE_NAME}`,
    generator: false,
    updated: posts[0]?.publishedAt,
    feedLinks: { rss: `${siteUrl}/rss.xml` },
    ttl: 60,
  });
  for (const post of posts) {
    const link = `${siteUrl}${postPath(post.slug)}`;
    feed.addItem({
      id: link,
      guid: link,
      link,
      title: markCdataEnds(post.title),
      date: post.publishedAt,
      published: post.publishedAt,
      description: post.excerpt ? markCdataEnds(post.excerpt) : undefined,
      content: markCdataEnds(absolutiseHtml(renderMarkdown(post.body), siteUrl)),
      // The writer escapes only quotes in attributes: tagPath percent-encodes anything else a tag could hold.
      category: post.tags.map((tag) => ({ name: tag, domain: `${siteUrl}${tagPath(tag)}` })),
      author: post.authorName ? [{ name: post.authorName }] : undefined,
      image: post.coverImageUrl ? absoluteFrom(siteUrl, post.coverImageUrl) : undefined,
    });
  }
  return feed.rss2().replaceAll(CDATA_END_MARKER, SPLIT_CDATA_END);
}
