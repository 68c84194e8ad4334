import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

// public/embed.js runs on customers' pages; it is tested here, in a bare sandbox with just enough DOM.
const SOURCE = readFileSync(path.join(process.cwd(), 'public/embed.js'), 'utf8');

type Listener = (event: { data: unknown; source: unknown; origin: string }) => void;

function fakePage(frames: { src: string }[]) {
  const attributes = new Set<string>();
  const listeners: Listener[] = [];
  const iframes = frames.map((frame) => ({ src: frame.src, contentWindow: {}, style: { height: '' } }));
  const window = {
    location: { href: 'https://customer.example/contact' },
    addEventListener: (type: string, listener: Listener) => type === 'message' && listeners.push(listener),
  };
  const document = {
    documentElement: { hasAttribute: (name: string) => attributes.has(name), setAttribute: (name: string) => attributes.add(name) },
    querySelectorAll: (selector: string) => (selector === 'iframe[data-beacon-form]' ? iframes : []),
  };
  const sandbox = { window, document, URL };
  const load = () => runInNewContext(SOURCE, sandbox);
  const post = (data: unknown, source: unknown, origin = 'https://beacon.example') => listeners.forEach((listener) => listener({ data, source, origin }));
  return { load, post, iframes, listeners, sandbox };
}

describe('embed.js', () => {
  it('sizes the frame whose window sent the height, and only that one', () => {
    const page = fakePage([{ src: 'https://beacon.example/f/a?embed=1' }, { src: 'https://beacon.example/f/b?embed=1' }]);
    page.load();
    page.post({ type: 'beacon:form-height', formId: 'b', height: 412.4 }, page.iframes[1]!.contentWindow);
    expect(page.iframes.map((frame) => frame.style.height)).toEqual(['', '413px']);
  });

  it('ignores other messages, strangers, wrong origins and silly heights', () => {
    const page = fakePage([{ src: 'https://beacon.example/f/a?embed=1' }]);
    page.load();
    const frame = page.iframes[0]!;
    page.post({ type: 'other', height: 300 }, frame.contentWindow);
    page.post({ type: 'beacon:form-height', height: 300 }, {});
    page.post({ type: 'beacon:form-height', height: 300 }, frame.contentWindow, 'https://evil.example');
    page.post({ type: 'beacon:form-height', height: -5 }, frame.contentWindow);
    page.post({ type: 'beacon:form-height', height: 'tall' }, frame.contentWindow);
    page.post('beacon:form-height', frame.contentWindow);
    expect(frame.style.height).toBe('');
    page.post({ type: 'beacon:form-height', height: 1e9 }, frame.contentWindow);
    expect(frame.style.height).toBe('20000px');
  });

  it('does nothing the second time it is included and defines no globals', () => {
    const page = fakePage([{ src: 'https://beacon.example/f/a?embed=1' }]);
    page.load();
    page.load();
    expect(page.listeners).toHaveLength(1);
    expect(Object.keys(page.sandbox).sort()).toEqual(['URL', 'document', 'window']);
    expect(Object.keys(page.sandbox.window).sort()).toEqual(['addEventListener', 'location']);
  });
});
