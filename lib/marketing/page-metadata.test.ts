import { describe, expect, it } from 'vitest';
import { buildPageMetadata } from './page-metadata';

describe('buildPageMetadata', () => {
  it('sets the title, description, canonical path and an Open Graph block without images', () => {
    const metadata = buildPageMetadata({ title: 'Pricing', description: 'Plans and limits.', path: '/pricing' });
    expect(metadata.title).toBe('Pricing');
    expect(metadata.description).toBe('Plans and limits.');
    expect(metadata.alternates.canonical).toBe('/pricing');
    expect(metadata.alternates.types['application/rss+xml'][0]?.url).toBe('/rss.xml');
    expect(metadata.openGraph).toEqual({
      type: 'website',
      siteName: 'Beacon',
      locale: 'en_US',
      url: '/pricing',
      title: 'Pricing · Beacon',
      description: 'Plans and limits.',
    });
    // An images key would stop Next from merging the page's opengraph-image file into the card.
    expect(Object.hasOwn(metadata.openGraph, 'images')).toBe(false);
  });

  it('keeps an absolute title as it is, for the home page', () => {
    const metadata = buildPageMetadata({ title: 'Beacon: a CRM', description: 'Home.', path: '/', absoluteTitle: true });
    expect(metadata.title).toEqual({ absolute: 'Beacon: a CRM' });
    expect(metadata.openGraph.title).toBe('Beacon: a CRM');
  });
});
