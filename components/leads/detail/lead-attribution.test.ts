import { describe, expect, it } from 'vitest';
import { attributionRows, LeadAttribution } from './lead-attribution';

describe('lead attribution', () => {
  it('lists the source, UTM values, landing page and referrer that are present, in order', () => {
    const rows = attributionRows({
      source: 'Contact form',
      attribution: { utm: { source: 'newsletter', campaign: 'spring', medium: '' }, landingPage: '/pricing?utm_source=newsletter', referrer: 'https://news.example/' },
    });
    expect(rows.map((row) => [row.label, row.value])).toEqual([
      ['Source', 'Contact form'],
      ['UTM source', 'newsletter'],
      ['UTM campaign', 'spring'],
      ['Landing page', '/pricing?utm_source=newsletter'],
      ['Referrer', 'https://news.example/'],
    ]);
  });

  it('renders nothing without attribution, or with a source alone', () => {
    expect(LeadAttribution({ source: 'Import', attribution: null })).toBeNull();
    expect(LeadAttribution({ source: 'Import', attribution: {} })).toBeNull();
    expect(LeadAttribution({ source: null, attribution: { referrer: 'https://search.example/' } })).not.toBeNull();
  });
});
