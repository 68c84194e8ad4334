import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OfflineBadge } from './offline-badge';

describe('OfflineBadge', () => {
  it('renders nothing for real models', () => {
    expect(renderToStaticMarkup(<OfflineBadge provider="openai" orgSlug="acme" />)).toBe('');
    expect(renderToStaticMarkup(<OfflineBadge provider="openai-compatible" orgSlug="acme" />)).toBe('');
    expect(renderToStaticMarkup(<OfflineBadge provider={null} orgSlug="acme" />)).toBe('');
  });

  it('labels offline text with a button that explains it is not an AI model', () => {
    const html = renderToStaticMarkup(<OfflineBadge provider="offline" orgSlug="acme" />);
    expect(html).toMatch(/<button[^>]*type="button"/);
    expect(html).toContain('Offline writer');
    expect(html).toContain('title="Written by Beacon&#x27;s offline writer, not an AI model."');
  });
});
