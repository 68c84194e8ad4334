import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AssistantMarkdown } from './assistant-markdown';

const render = (markdown: string) => renderToStaticMarkup(<AssistantMarkdown>{markdown}</AssistantMarkdown>);

describe('AssistantMarkdown', () => {
  it('renders images as their alt text, never as an image', () => {
    const html = render('Hi ![Jane Doe](https://evil.test/pixel.png?lead=1) and ![](https://evil.test/blank.png)');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('evil.test');
    expect(html).toContain('Hi <span>Jane Doe</span> and');
  });

  it('links only in-app paths; outside links and bare URLs are plain text', () => {
    const html = render('See [Maya](/app/acme/leads/1), [offer](https://evil.test/x), [twice](//evil.test/y) and https://evil.test/z');
    expect(html).toContain('<a href="/app/acme/leads/1">Maya</a>');
    expect(html).toContain('<span>offer</span>');
    expect(html).toContain('<span>twice</span>');
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).not.toMatch(/href="(?:https:)?\/\/evil/);
  });

  it('drops raw HTML and keeps ordinary formatting', () => {
    const html = render('**Bold** <img src="https://evil.test/p.png"> <script>alert(1)</script>\n\n- one\n- two');
    expect(html).toContain('<strong>Bold</strong>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('<li>one</li>');
  });
});
