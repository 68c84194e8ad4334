/** Names and copy shared by the marketing pages, their metadata, JSON-LD and social images. */
export const SITE_NAME = 'Beacon';
export const SITE_TAGLINE = 'The AI growth CRM you can host yourself';
export const SITE_HOME_TITLE = 'Beacon: the AI growth CRM you can host yourself';
export const SITE_DESCRIPTION =
  'Beacon is an open-source, self-hostable AI growth CRM for small businesses and consultancies: leads, pipeline, explainable lead scores, lead capture forms and a REST API in one app.';
export const SITE_LICENSE_URL = 'https://www.gnu.org/licenses/agpl-3.0.html';

const DEFAULT_SITE_URL = 'http://localhost:3000';

/**
 * The public origin of this install, without a trailing slash. Read at call time (not import time) so
 * robots.txt and JSON-LD follow `APP_URL`; a malformed value falls back to the local default rather than
 * breaking a prerendered page.
 */
export function getSiteUrl(appUrl: string | undefined = process.env.APP_URL): string {
  const raw = appUrl?.trim();
  if (!raw) return DEFAULT_SITE_URL;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return DEFAULT_SITE_URL;
    return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  } catch {
    return DEFAULT_SITE_URL;
  }
}

/** An absolute URL on this install for a site path such as `/pricing`. */
export function absoluteUrl(path: string, siteUrl: string = getSiteUrl()): string {
  return `${siteUrl}${path.startsWith('/') ? path : `/${path}`}`;
}
