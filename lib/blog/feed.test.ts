import { describe, expect, it } from 'vitest';
import { buildRssFeed, type FeedPost } from './feed';

type XmlElement = { name: string; attributes: string; text: string; children: XmlElement[] };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const STRAY_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/i;
const decodeEntities = (text: string) => text.replace(/&(\w+);/g, (entity, name: string) => ENTITIES[name] ?? entity);

/**
 * A small well-formedness check, since the project has no XML parser: balanced tags, closed CDATA sections,
 * no `]]>`, raw `<` or stray `&` in text or attributes. Returns the element tree with CDATA and entities decoded.
 */
function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: '', text: '', children: [] };
  const stack = [root];
  const token = /<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/y;
  while (token.lastIndex < xml.length) {
    const at = token.lastIndex;
    const match = token.exec(xml);
    if (!match) throw new Error(`Not well-formed at ${at}: ${xml.slice(at, at + 60)}`);
    const [, cdata, closing, opening, attributes = '', selfClosing, text] = match;
    const current = stack.at(-1)!;
    if (cdata !== undefined) current.text += cdata;
    else if (closing) {
      if (stack.pop()?.name !== closing || stack.length === 0) throw new Error(`Unbalanced </${closing}> at ${at}`);
    } else if (opening) {
      if (STRAY_AMPERSAND.test(attributes)) throw new Error(`Unescaped & in attributes at ${at}: ${attributes}`);
      const element = { name: opening, attributes, text: '', children: [] };
      current.children.push(element);
      if (!selfClosing) stack.push(element);
    } else if (text !== undefined) {
      if (text.includes(']]>') || STRAY_AMPERSAND.test(text)) throw new Error(`Illegal text at ${at}: ${text.slice(0, 60)}`);
      current.text += decodeEntities(text);
    }
  }
  if (stack.length !== 1) throw new Error(`Unclosed <${stack.at(-1)!.name}>`);
  return root;
}

const child = (element: XmlElement | undefined, name: string) => element?.children.find((node) => node.name === name);

const post: FeedPost = {
  slug: 'cdata',
  title: 'Ends ]]> twice ]]> here',
  excerpt: 'An excerpt ]]> with ]]> two ends',
  body: 'First ]]> and `second ]]>` in code',
  tags: ['news'],
  coverImageUrl: null,
  publishedAt: new Date('2026-01-15T09:00:00Z'),
  updatedAt: new Date('2026-01-15T09:00:00Z'),
  authorName: 'Ada',
};

describe('buildRssFeed', () => {
  it('stays well-formed and keeps the exact text when fields contain "]]>" more than once', () => {
    const xml = buildRssFeed([post, { ...post, slug: 'second', title: ']]>]]>]]>' }], 'https://crm.example.com');
    const channel = child(child(parseXml(xml), 'rss'), 'channel');
    const items = channel?.children.filter((node) => node.name === 'item') ?? [];
    expect(items).toHaveLength(2);
    expect(child(items[0], 'title')?.text).toBe('Ends ]]> twice ]]> here');
    expect(child(items[0], 'description')?.text).toBe('An excerpt ]]> with ]]> two ends');
    expect(child(items[0], 'content:encoded')?.text).toBe('<p>First ]]> and <code>second ]]></code> in code</p>');
    expect(child(items[1], 'title')?.text).toBe(']]>]]>]]>');
  });

  it('links each category to its tag page through the shared path builder', () => {
    const xml = buildRssFeed([{ ...post, title: 'Tags', excerpt: '', body: 'x', tags: ['q&a <x>'] }], 'https://crm.example.com');
    const item = child(child(child(parseXml(xml), 'rss'), 'channel'), 'item');
    const category = child(item, 'category');
    expect(category?.text).toBe('q&a <x>');
    expect(category?.attributes).toBe(' domain="https://crm.example.com/blog/tags/q%26a%20%3Cx%3E"');
  });

  it('is a valid empty channel when there are no posts', () => {
    const channel = child(child(parseXml(buildRssFeed([], 'https://crm.example.com')), 'rss'), 'channel');
    expect(child(channel, 'link')?.text).toBe('https://crm.example.com/blog');
    expect(channel?.children.some((node) => node.name === 'item')).toBe(false);
  });
});
