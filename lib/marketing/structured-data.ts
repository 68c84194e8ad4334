import { PLANS, type PlanDefinition } from '@/lib/billing/plans';
import { SITE_DESCRIPTION, SITE_LICENSE_URL, SITE_NAME, SITE_TAGLINE, absoluteUrl } from './site';

/** One schema.org node; `@type` is required, everything else is free-form JSON. */
export type JsonLdNode = { '@type': string; '@id'?: string } & Record<string, unknown>;
export type JsonLdGraph = { '@context': 'https://schema.org'; '@graph': JsonLdNode[] };

/** Stable node ids so the nodes can point at each other inside one @graph. */
const organizationId = (siteUrl: string) => `${siteUrl}/#organization`;
const websiteId = (siteUrl: string) => `${siteUrl}/#website`;

export function buildOrganizationNode(siteUrl: string): JsonLdNode {
  return {
    '@type': 'Organization',
    '@id': organizationId(siteUrl),
    name: SITE_NAME,
    url: absoluteUrl('/', siteUrl),
    logo: absoluteUrl('/icon.svg', siteUrl),
    description: SITE_DESCRIPTION,
  };
}

export function buildWebSiteNode(siteUrl: string): JsonLdNode {
  return {
    '@type': 'WebSite',
    '@id': websiteId(siteUrl),
    name: SITE_NAME,
    alternateName: SITE_TAGLINE,
    url: absoluteUrl('/', siteUrl),
    description: SITE_DESCRIPTION,
    inLanguage: 'en',
    publisher: { '@id': organizationId(siteUrl) },
  };
}

/**
 * The product itself. Offers come from the plan list (plans priced per customer have no fixed price and
 * are left out). Deliberately no aggregateRating or review: Beacon publishes no ratings it could back up.
 */
export function buildSoftwareApplicationNode(siteUrl: string, plans: readonly PlanDefinition[] = PLANS): JsonLdNode {
  const offers = plans
    .filter((plan) => plan.priceCentsPerMonth !== null)
    .map((plan) => ({
      '@type': 'Offer',
      name: `${SITE_NAME} ${plan.name}`,
      description: plan.description,
      price: ((plan.priceCentsPerMonth ?? 0) / 100).toFixed(2),
      priceCurrency: 'USD',
      url: absoluteUrl('/pricing', siteUrl),
    }));
  return {
    '@type': 'SoftwareApplication',
    name: SITE_NAME,
    description: SITE_DESCRIPTION,
    url: absoluteUrl('/', siteUrl),
    applicationCategory: 'BusinessApplication',
    operatingSystem: 'Web browser; self-hosted on Linux, macOS or Windows with Node.js 20.9 or newer',
    license: SITE_LICENSE_URL,
    isAccessibleForFree: true,
    publisher: { '@id': organizationId(siteUrl) },
    offers,
  };
}

/** Wraps nodes in one document so a page needs a single script tag. */
export function buildJsonLdGraph(nodes: JsonLdNode[]): JsonLdGraph {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/** The home page's graph: who publishes the site, the site, and the product. */
export function buildHomeJsonLd(siteUrl: string): JsonLdGraph {
  return buildJsonLdGraph([buildOrganizationNode(siteUrl), buildWebSiteNode(siteUrl), buildSoftwareApplicationNode(siteUrl)]);
}

/**
 * JSON for an inline `<script type="application/ld+json">`. `<` is escaped so a value containing
 * `</script>` cannot close the tag early (HTML parsing ignores JSON quoting); `>`, `&` and the two JS line
 * separators are escaped too for parsers that treat them specially. The result is still valid JSON.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
