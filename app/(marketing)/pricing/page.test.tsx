import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import PricingPage, { metadata } from './page';

const html = renderToStaticMarkup(<PricingPage />);

describe('pricing page', () => {
  it('shows a card per plan with its price, and "Custom" for the plan priced per customer', () => {
    expect(html.match(/<h1\b/g)).toHaveLength(1);
    for (const text of ['Free', '$0', 'Pro', '$49', 'Enterprise', 'Custom', 'Hourly insight scans that create follow-up tasks']) {
      expect(html).toContain(text);
    }
  });

  it('sends self-serve plans to sign-up and Enterprise to contact', () => {
    expect(html).toMatch(/<a[^>]*href="\/sign-up"[^>]*>Start on Free<\/a>/);
    expect(html).toMatch(/<a[^>]*href="\/sign-up"[^>]*>Start on Pro<\/a>/);
    expect(html).toMatch(/<a[^>]*href="\/contact"[^>]*>Talk to us about Enterprise<\/a>/);
  });

  it('compares limits in a captioned table with a column per plan and a row per limit', () => {
    const table = /<table[\s\S]*<\/table>/.exec(html)?.[0] ?? '';
    expect(table).toContain('<caption');
    expect(table.match(/<th scope="col"/g)).toHaveLength(4);
    expect(table.match(/<th scope="row"/g)).toHaveLength(5);
    expect(table).toMatch(/AI-created tasks per month<\/th><td[^>]*>10<\/td><td[^>]*>100<\/td><td[^>]*>1,000<\/td>/);
    expect(table).toMatch(/AI tokens per month<\/th><td[^>]*>100,000<\/td><td[^>]*>2,000,000<\/td><td[^>]*>20,000,000<\/td>/);
  });

  it('answers the plan questions and has its own metadata', () => {
    expect(html).toContain('Is self-hosting free?');
    expect(html).toContain('reset');
    expect(metadata.title).toBe('Pricing');
    expect(metadata.alternates?.canonical).toBe('/pricing');
  });
});
