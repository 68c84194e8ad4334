import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import PrivacyPage, { metadata as privacyMetadata } from './privacy/page';
import TermsPage, { metadata as termsMetadata } from './terms/page';

describe('legal pages', () => {
  it.each([
    ['privacy', <PrivacyPage key="privacy" />, privacyMetadata, '/legal/privacy'],
    ['terms', <TermsPage key="terms" />, termsMetadata, '/legal/terms'],
  ])('%s: one h1, the operator notice and its own canonical URL', (_name, element, metadata, path) => {
    const html = renderToStaticMarkup(element);
    expect(html.match(/<h1\b/g)).toHaveLength(1);
    expect(html).toContain('For operators:');
    expect(html).toContain('adapt it before you publish');
    expect(metadata.alternates?.canonical).toBe(path);
    expect(typeof metadata.description).toBe('string');
  });

  it('privacy says what page views store and that no trackers run', () => {
    const html = renderToStaticMarkup(<PrivacyPage />);
    expect(html).toContain('does not store your IP address');
    expect(html).toContain('No analytics, advertising or social-media trackers');
    expect(html).toContain('contact form');
  });

  it('terms name the AGPL-3.0 licence and disclaim warranty', () => {
    const html = renderToStaticMarkup(<TermsPage />);
    expect(html).toContain('AGPL-3.0');
    expect(html).toContain('without warranty of any kind');
  });
});
