import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders GFM: headings, emphasis, tables, task lists and fenced code', () => {
    const html = renderMarkdown('# Title\n\nSome **bold** text.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\n```ts\nconst ok = 1 < 2;\n```');
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toMatch(/<table>[\s\S]*<th>a<\/th>[\s\S]*<td>2<\/td>[\s\S]*<\/table>/);
    expect(html).toContain('<input type="checkbox" checked disabled>');
    expect(html).toContain('<pre><code class="language-ts">const ok = 1 &#x3C; 2;\n</code></pre>');
  });

  it('removes script, style, iframe and object elements with their contents', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<style>body{display:none}</style>\n\n<iframe src="https://evil.example"></iframe>\n\n<object data="x.swf"></object>\n\nkept');
    expect(html).not.toMatch(/<script|<style|<iframe|<object|alert\(1\)|display:none/);
    expect(html).toContain('kept');
  });

  it('drops event-handler attributes', () => {
    const html = renderMarkdown('<img src="/uploads/x.png" onerror="alert(1)" alt="x"> <a href="/pricing" onclick="steal()">p</a>');
    expect(html).not.toMatch(/onerror|onclick|alert|steal/);
    expect(html).toContain('<img src="/uploads/x.png" alt="x">');
  });

  it('drops javascript: links in markdown and raw HTML, whatever their case', () => {
    for (const source of ['[click](javascript:alert(1))', '<a href="javascript:alert(1)">click</a>', '<a href="JaVaScRiPt:alert(1)">click</a>']) {
      const html = renderMarkdown(source);
      expect(html).toBe('<p><a>click</a></p>');
    }
  });

  it('drops data: URLs on images and links', () => {
    expect(renderMarkdown('![pixel](data:image/png;base64,AAAA)')).toBe('<p><img alt="pixel"></p>');
    expect(renderMarkdown('<a href="data:text/html,<b>x</b>">x</a>')).toBe('<p><a>x</a></p>');
  });

  it('marks external links noopener noreferrer nofollow and leaves site links alone', () => {
    const html = renderMarkdown('[out](https://example.com/a) [proto](//example.com) [in](/pricing) [mail](mailto:hi@example.com)');
    expect(html).toContain('<a href="https://example.com/a" rel="noopener noreferrer nofollow">out</a>');
    expect(html).toContain('<a href="//example.com" rel="noopener noreferrer nofollow">proto</a>');
    expect(html).toContain('<a href="/pricing">in</a>');
    expect(html).toContain('<a href="mailto:hi@example.com">mail</a>');
  });

  it('does not let an author set rel or target themselves', () => {
    const html = renderMarkdown('<a href="https://example.com" rel="opener" target="_top">x</a>');
    expect(html).toBe('<p><a href="https://example.com" rel="noopener noreferrer nofollow">x</a></p>');
  });
});
