import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JsonLd } from './json-ld';

describe('JsonLd', () => {
  it('renders one ld+json script whose content cannot close the tag', () => {
    const html = renderToStaticMarkup(<JsonLd data={{ '@type': 'Thing', name: '</script><img src=x onerror=alert(1)>' }} />);
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const json = html.replace('<script type="application/ld+json">', '').replace('</script>', '');
    expect(JSON.parse(json)).toEqual({ '@type': 'Thing', name: '</script><img src=x onerror=alert(1)>' });
  });
});
