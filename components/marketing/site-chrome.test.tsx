import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NotFoundPage } from '@/components/marketing/not-found-page';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

const hrefs = (html: string) => Array.from(html.matchAll(/href="([^"]+)"/g), (match) => match[1]);

describe('site header', () => {
  it('links the main sections, skips to content and has a menu button for small screens', () => {
    const html = renderToStaticMarkup(<SiteHeader />);
    expect(hrefs(html)).toEqual(expect.arrayContaining(['#main', '/#features', '/pricing', '/blog', '/contact', '/sign-in', '/sign-up']));
    expect(html).toContain('aria-label="Main"');
    expect(html).toMatch(/<button[^>]*aria-label="Open menu"/);
  });
});

describe('site footer', () => {
  it('links product, self-hosting and legal pages', () => {
    const html = renderToStaticMarkup(<SiteFooter />);
    expect(hrefs(html)).toEqual(
      expect.arrayContaining(['/pricing', '/blog', '/contact', '/rss.xml', '/docs/api', '/legal/privacy', '/legal/terms', '/api/health']),
    );
    for (const label of ['Product', 'Self-hosting', 'Legal']) expect(html).toContain(`aria-label="${label}"`);
  });
});

describe('not-found page', () => {
  it('renders inside the site chrome with a way home, to the blog and to contact', () => {
    const html = renderToStaticMarkup(<NotFoundPage />);
    expect(html.match(/<h1\b/g)).toHaveLength(1);
    expect(html).toContain('Page not found');
    expect(html).toContain('<main id="main"');
    expect(html).toMatch(/href="\/"[^>]*>Back to the home page</);
    expect(html).toMatch(/href="\/blog"[^>]*>Read the blog</);
    expect(html).toMatch(/href="\/contact"[^>]*>Contact us</);
  });
});
