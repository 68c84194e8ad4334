import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import HomePage, { metadata } from './page';

afterEach(() => {
  vi.unstubAllEnvs();
});

function renderHome() {
  return renderToStaticMarkup(<HomePage />);
}

describe('home page', () => {
  it('has one h1, the feature sections and the self-host section', () => {
    const html = renderHome();
    expect(html.match(/<h1\b/g)).toHaveLength(1);
    expect(html).toContain('The AI growth CRM you can host yourself');
    expect(html).toContain('id="features"');
    expect(html).toContain('Run it on your own machine');
    expect(html).toContain('href="/sign-up"');
    expect(html).toContain('href="#self-host"');
  });

  it('shows the three screenshots with sizes and alt text, and lazy-loads all but the first', () => {
    const html = renderHome();
    const images = html.match(/<img\b[^>]*>/g) ?? [];
    expect(images).toHaveLength(3);
    for (const [index, name] of ['leads', 'pipeline', 'lead-detail'].entries()) {
      const image = images[index] ?? '';
      expect(image).toContain(encodeURIComponent(`/screenshots/${name}.png`));
      expect(image).toContain('width="1280"');
      expect(image).toContain('height="800"');
      expect(image).toMatch(/alt="[^"]{40,}"/);
    }
    // The hero shot is preloaded from <head> (preload prop); the ones below the fold wait until scrolled to.
    expect(images[0]).not.toContain('loading="lazy"');
    expect(images.slice(1).every((image) => image.includes('loading="lazy"'))).toBe(true);
  });

  it('embeds Organization, WebSite and SoftwareApplication JSON-LD for APP_URL', () => {
    vi.stubEnv('APP_URL', 'https://crm.example.com');
    const html = renderHome();
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1] ?? '';
    const graph = JSON.parse(json) as { '@graph': { '@type': string; url?: string }[] };
    expect(graph['@graph'].map((node) => node['@type'])).toEqual(['Organization', 'WebSite', 'SoftwareApplication']);
    expect(graph['@graph'][1]?.url).toBe('https://crm.example.com/');
  });

  it('exports a canonical, description and Open Graph block', () => {
    expect(metadata.alternates?.canonical).toBe('/');
    expect(metadata.description).toMatch(/self-hostable/);
    expect(metadata.openGraph).toMatchObject({ url: '/', siteName: 'Beacon' });
  });
});
