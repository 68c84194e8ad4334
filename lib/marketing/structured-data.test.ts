import { describe, expect, it } from 'vitest';
import { PLANS } from '@/lib/billing/plans';
import { buildHomeJsonLd, buildSoftwareApplicationNode, serializeJsonLd } from './structured-data';

const SITE = 'https://crm.example.com';

describe('buildHomeJsonLd', () => {
  it('describes the organization, the website and the application in one graph', () => {
    const graph = buildHomeJsonLd(SITE);
    expect(graph['@context']).toBe('https://schema.org');
    expect(graph['@graph'].map((node) => node['@type'])).toEqual(['Organization', 'WebSite', 'SoftwareApplication']);
    const [organization, website] = graph['@graph'];
    expect(organization).toMatchObject({ '@id': `${SITE}/#organization`, name: 'Beacon', url: `${SITE}/` });
    expect(website).toMatchObject({ url: `${SITE}/`, publisher: { '@id': `${SITE}/#organization` } });
  });
});

describe('buildSoftwareApplicationNode', () => {
  it('lists an offer per fixed-price plan and carries no rating', () => {
    const app = buildSoftwareApplicationNode(SITE, PLANS);
    expect(app.offers).toEqual([
      expect.objectContaining({ name: 'Beacon Free', price: '0.00', priceCurrency: 'USD', url: `${SITE}/pricing` }),
      expect.objectContaining({ name: 'Beacon Pro', price: '49.00', priceCurrency: 'USD' }),
    ]);
    expect(app).not.toHaveProperty('aggregateRating');
    expect(app).not.toHaveProperty('review');
  });
});

describe('serializeJsonLd', () => {
  it('escapes characters that could end the script tag and stays parseable JSON', () => {
    const data = { name: '</script><script>alert(1)</script>', note: 'a & b\u2028c' };
    const json = serializeJsonLd(data);
    expect(json).not.toContain('<');
    expect(json).not.toContain('>');
    expect(json).not.toContain('&');
    expect(json).not.toContain('\u2028');
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(data);
  });
});
