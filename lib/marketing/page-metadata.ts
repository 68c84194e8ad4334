import { SITE_NAME } from './site';

export type MarketingPageMetadataInput = {
  /** The page's own title; the root layout's template adds " · Beacon" unless `absoluteTitle` is set. */
  title: string;
  description: string;
  /** Site path of the page, e.g. `/pricing`: the canonical URL and og:url, resolved against metadataBase. */
  path: `/${string}`;
  absoluteTitle?: boolean;
};

/**
 * Metadata for one marketing page, shaped like Next's `Metadata` (this module stays free of next/*).
 *
 * `openGraph` has no `images` on purpose: Next replaces a parent's whole openGraph object when a page sets
 * one, so each page keeps its card through an `opengraph-image` file in its own folder, which Next only
 * merges in when the page's openGraph leaves `images` unset.
 */
export function buildPageMetadata({ title, description, path, absoluteTitle = false }: MarketingPageMetadataInput) {
  const fullTitle = absoluteTitle ? title : `${title} · ${SITE_NAME}`;
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: {
      canonical: path,
      types: { 'application/rss+xml': [{ url: '/rss.xml', title: `${SITE_NAME} blog` }] },
    },
    openGraph: {
      type: 'website' as const,
      siteName: SITE_NAME,
      locale: 'en_US',
      url: path,
      title: fullTitle,
      description,
    },
  };
}
