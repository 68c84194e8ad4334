import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import HostedFormNotFound, { metadata } from './not-found';

describe('hosted form not-found', () => {
  it('says the form is not available, with no script (the /f CSP wants a nonce) and no site chrome', () => {
    const html = renderToStaticMarkup(<HostedFormNotFound />);
    expect(html).toContain('<h1');
    expect(html).toContain('This form is not available');
    // The root 404's theme provider writes an inline script; this page must not.
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<header');
    expect(html).not.toContain('href=');
    expect(metadata.title).toEqual({ absolute: 'Form not available' });
  });
});
