import { describe, expect, it } from 'vitest';
import type { Attribution } from '@/db/schema/values';
import { hasAttribution, parseAttribution, stripQuery } from './attribution';

const SELF = 'https://beacon.example';
const long = (n: number) => 'x'.repeat(n);

describe('parseAttribution', () => {
  const cases: { name: string; input: Parameters<typeof parseAttribution>[0]; expected: Attribution }[] = [
    {
      name: 'reduces our own absolute URL to path + query and reads every UTM parameter',
      input: {
        url: 'https://beacon.example/pricing?utm_source=%20Newsletter%20&utm_medium=EMAIL&utm_campaign=Spring Sale&utm_term=CRM&utm_content=Hero#plans',
        selfOrigin: SELF,
      },
      expected: {
        landingPage: '/pricing?utm_source=%20Newsletter%20&utm_medium=EMAIL&utm_campaign=Spring%20Sale&utm_term=CRM&utm_content=Hero',
        utm: { source: 'newsletter', medium: 'email', campaign: 'Spring Sale', term: 'CRM', content: 'Hero' },
      },
    },
    {
      name: 'keeps a relative landing path as it is',
      input: { url: '/blog/hello?utm_source=x', selfOrigin: SELF },
      expected: { landingPage: '/blog/hello?utm_source=x', utm: { source: 'x' } },
    },
    {
      name: 'keeps another site\'s landing URL absolute (an embedded form)',
      input: { url: 'https://customer.example/contact?a=1#top', selfOrigin: SELF },
      expected: { landingPage: 'https://customer.example/contact?a=1' },
    },
    {
      name: 'drops empty UTM values and omits utm when none is left',
      input: { url: '/?utm_source=%20%20&utm_medium=', selfOrigin: SELF },
      expected: { landingPage: '/?utm_source=%20%20&utm_medium=' },
    },
    {
      name: 'strips the referrer\'s query and fragment (privacy)',
      input: { url: '/', referrer: 'https://www.google.com/search?q=my+email@x.test#r', selfOrigin: SELF },
      expected: { landingPage: '/', referrer: 'https://www.google.com/search' },
    },
    {
      name: 'drops a referrer from our own site',
      input: { url: '/pricing', referrer: 'https://beacon.example/blog?x=1', selfOrigin: SELF },
      expected: { landingPage: '/pricing' },
    },
    {
      name: 'drops a referrer from the landing page\'s own site',
      input: { url: 'https://customer.example/contact', referrer: 'https://customer.example/', selfOrigin: SELF },
      expected: { landingPage: 'https://customer.example/contact' },
    },
    {
      name: 'keeps a referrer when no self origin is known',
      input: { url: '/x', referrer: 'http://news.example/story/1' },
      expected: { landingPage: '/x', referrer: 'http://news.example/story/1' },
    },
    {
      name: 'refuses non-http referrers',
      input: { referrer: 'android-app://com.google.android.gm/', selfOrigin: SELF },
      expected: {},
    },
    {
      name: 'caps the landing page, the referrer and each UTM value',
      input: { url: `/${long(3000)}?utm_campaign=${long(300)}`, referrer: `https://ref.example/${long(900)}`, selfOrigin: SELF },
      expected: {
        landingPage: `/${long(3000)}`.slice(0, 2000),
        referrer: `https://ref.example/${long(900)}`.slice(0, 500),
        utm: { campaign: long(200) },
      },
    },
    { name: 'ignores a protocol-relative landing URL', input: { url: '//evil.example/x' }, expected: {} },
    { name: 'ignores a javascript: landing URL', input: { url: 'javascript:alert(1)', referrer: 'javascript:alert(2)' }, expected: {} },
    { name: 'ignores garbage', input: { url: 'http://', referrer: '%%%', selfOrigin: 'not a url' }, expected: {} },
    { name: 'handles nulls', input: { url: null, referrer: null, selfOrigin: null }, expected: {} },
    { name: 'handles an empty input', input: {}, expected: {} },
  ];

  it.each(cases)('$name', ({ input, expected }) => {
    expect(parseAttribution(input)).toEqual(expected);
  });

  it('never throws on values of the wrong type', () => {
    const weird = [undefined, null, 42, {}, [], { url: 5, referrer: {}, selfOrigin: [] }] as unknown as Parameters<typeof parseAttribution>[0][];
    for (const input of weird) expect(parseAttribution(input)).toEqual({});
  });
});

describe('hasAttribution', () => {
  it('counts a referrer, a landing page or any UTM value, and nothing else', () => {
    expect(hasAttribution({ referrer: 'https://news.example/' })).toBe(true);
    expect(hasAttribution({ landingPage: '/pricing' })).toBe(true);
    expect(hasAttribution({ utm: { campaign: 'spring' } })).toBe(true);
    for (const empty of [null, undefined, {}, { utm: {} }, { utm: { source: '' } }, { landingPage: '' }]) expect(hasAttribution(empty)).toBe(false);
  });
});

describe('stripQuery', () => {
  it('keeps only the path', () => {
    expect(stripQuery('/pricing?utm_source=x')).toBe('/pricing');
    expect(stripQuery('/a#b')).toBe('/a');
    expect(stripQuery('/plain')).toBe('/plain');
  });
});
