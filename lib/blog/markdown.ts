import type { Element, Root, RootContent } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// GitHub's allowlist: no script/style/iframe/object, no on* attributes, no javascript: or data: URLs.
// `style` joins `strip` so a removed <style> does not leave its CSS behind as visible text.
const SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  strip: [...(defaultSchema.strip ?? []), 'style', 'noscript', 'template'],
};

const ABSOLUTE_URL = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

/** Every link that leaves the site gets rel="noopener noreferrer nofollow": no opener, no referrer, no SEO credit. */
function markExternalLinks() {
  const visit = (node: Root | RootContent) => {
    if (node.type === 'element') {
      const element = node as Element;
      const href = element.properties.href;
      if (element.tagName === 'a' && typeof href === 'string' && ABSOLUTE_URL.test(href)) {
        element.properties.rel = ['noopener', 'noreferrer', 'nofollow'];
      }
    }
    if ('children' in node) node.children.forEach(visit);
  };
  return (tree: Root) => visit(tree);
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  // Raw HTML in the markdown is parsed into real elements (rehype-raw) only to be cleaned by the allowlist
  // right after: authors may write <details> or <kbd>, never anything the schema refuses.
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, SCHEMA)
  .use(markExternalLinks)
  .use(rehypeStringify);

/** Markdown (GFM) to sanitised HTML; no server-only import, so the page, the feed and the editor's preview agree. */
export function renderMarkdown(md: string): string {
  return String(processor.processSync(md));
}
