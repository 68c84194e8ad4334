import type { Attribution } from '@/db/schema/values';
import { parseHttpUrl } from '@/lib/http/urls';

// Pure and isomorphic: the collect route, the form submission route and browser code all derive
// attribution the same way. Nothing here may throw, whatever a visitor's browser sends.

export const MAX_LANDING_PAGE_CHARS = 2000;
export const MAX_REFERRER_CHARS = 500;
export const MAX_UTM_CHARS = 200;

type Utm = NonNullable<Attribution['utm']>;

const UTM_PARAMS: { param: string; key: keyof Utm; lowerCase: boolean }[] = [
  { param: 'utm_source', key: 'source', lowerCase: true },
  { param: 'utm_medium', key: 'medium', lowerCase: true },
  { param: 'utm_campaign', key: 'campaign', lowerCase: false },
  { param: 'utm_term', key: 'term', lowerCase: false },
  { param: 'utm_content', key: 'content', lowerCase: false },
];

// Relative landing paths are resolved against a placeholder host only to read their path and query.
const PLACEHOLDER_BASE = 'http://beacon.invalid';

/** A landing URL: absolute http(s), or a site-relative path ("/pricing?x=1", never "//host/…"). */
function parseLandingUrl(value: unknown): { url: URL; isAbsolute: boolean } | null {
  const absolute = parseHttpUrl(value);
  if (absolute) return { url: absolute, isAbsolute: true };
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (!trimmed.startsWith('/') || trimmed.startsWith('//') || trimmed.startsWith('/\\')) return null;
  try {
    return { url: new URL(trimmed, PLACEHOLDER_BASE), isAbsolute: false };
  } catch {
    return null;
  }
}

function readUtm(url: URL): Utm | undefined {
  const utm: Utm = {};
  for (const { param, key, lowerCase } of UTM_PARAMS) {
    const raw = url.searchParams.get(param)?.trim();
    if (!raw) continue;
    utm[key] = (lowerCase ? raw.toLowerCase() : raw).slice(0, MAX_UTM_CHARS);
  }
  return Object.keys(utm).length > 0 ? utm : undefined;
}

/**
 * First-touch attribution from a landing URL and the document referrer. Our own site's URLs become
 * path + query; the referrer keeps only origin + path (its query may carry a search term or a token) and
 * is dropped when it is our own site, which would say nothing about where the visitor came from.
 */
export function parseAttribution(input: { url?: string | null; referrer?: string | null; selfOrigin?: string | null }): Attribution {
  const source = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const selfOrigin = parseHttpUrl(source.selfOrigin)?.origin;
  const landing = parseLandingUrl(source.url);
  const attribution: Attribution = {};

  if (landing) {
    const isOwnSite = !landing.isAbsolute || landing.url.origin === selfOrigin;
    // The fragment never reaches a server and is not part of the page's address.
    const page = isOwnSite ? `${landing.url.pathname}${landing.url.search}` : `${landing.url.origin}${landing.url.pathname}${landing.url.search}`;
    attribution.landingPage = page.slice(0, MAX_LANDING_PAGE_CHARS);
    const utm = readUtm(landing.url);
    if (utm) attribution.utm = utm;
  }

  const referrer = parseHttpUrl(source.referrer);
  const landingOrigin = landing?.isAbsolute ? landing.url.origin : undefined;
  if (referrer && referrer.origin !== selfOrigin && referrer.origin !== landingOrigin) {
    attribution.referrer = `${referrer.origin}${referrer.pathname}`.slice(0, MAX_REFERRER_CHARS);
  }
  return attribution;
}

/** Whether an attribution says anything at all (an empty one must not count as a first touch). */
export function hasAttribution(attribution: Attribution | null | undefined): boolean {
  if (!attribution) return false;
  return Boolean(attribution.referrer || attribution.landingPage || Object.values(attribution.utm ?? {}).some(Boolean));
}

/** The page's path without its query: what page-level counts group by (UTM lives in its own columns). */
export function stripQuery(page: string): string {
  const end = page.search(/[?#]/);
  return end === -1 ? page : page.slice(0, end);
}
