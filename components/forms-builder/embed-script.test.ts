import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';

// public/embed.js runs on customers' pages; it is tested here, in a bare sandbox with just enough DOM.
const SOURCE = readFileSync(path.join(process.cwd(), 'public/embed.js'), 'utf8');

type Listener = (event: { data: unknown; source: unknown; origin: string }) => void;

type Sent = { message: unknown; targetOrigin: string };

/** The host tab's sessionStorage; one instance shared by several fake pages is one tab's navigation. */
function memoryStorage({ failWrites = false } = {}) {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (failWrites) throw new Error('QuotaExceededError');
      data.set(key, value);
    },
  };
}

type StorageOption = ReturnType<typeof memoryStorage> | 'blocked' | 'absent';

function fakePage(
  frames: { src: string }[],
  { href = 'https://customer.example/contact', referrer = '', storage = memoryStorage() as StorageOption } = {},
) {
  const attributes = new Set<string>();
  const listeners: Listener[] = [];
  const iframes = frames.map((frame) => {
    const sent: Sent[] = [];
    return { src: frame.src, sent, contentWindow: { postMessage: (message: unknown, targetOrigin: string) => sent.push({ message, targetOrigin }) }, style: { height: '' } };
  });
  const window = {
    location: { href },
    addEventListener: (type: string, listener: Listener) => type === 'message' && listeners.push(listener),
  };
  // Browsers that block site data throw on merely reading window.sessionStorage.
  if (storage === 'blocked') {
    Object.defineProperty(window, 'sessionStorage', {
      enumerable: true,
      get: () => {
        throw new Error('SecurityError');
      },
    });
  } else if (storage !== 'absent') Object.assign(window, { sessionStorage: storage });
  const document = {
    referrer,
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

  it("answers a frame's ready message with this page's address and referrer, addressed to the frame's origin", () => {
    const href = 'https://customer.example/pricing?utm_source=news&utm_campaign=spring';
    const page = fakePage([{ src: 'https://beacon.example/f/a?embed=1' }, { src: 'https://beacon.example/f/b?embed=1' }], { href, referrer: 'https://search.example/' });
    page.load();
    page.post({ type: 'beacon:form-ready', formId: 'b' }, page.iframes[1]!.contentWindow);
    expect(page.iframes[0]!.sent).toEqual([]);
    expect(page.iframes[1]!.sent).toEqual([
      { message: { type: 'beacon:form-context', landingPage: href, referrer: 'https://search.example/' }, targetOrigin: 'https://beacon.example' },
    ]);
  });

  it('sends an empty referrer when the page has none, and a relative frame src resolves against the page', () => {
    const page = fakePage([{ src: '/f/a?embed=1' }], { href: 'https://customer.example/contact' });
    page.load();
    page.post({ type: 'beacon:form-ready', formId: 'a' }, page.iframes[0]!.contentWindow, 'https://customer.example');
    expect(page.iframes[0]!.sent).toEqual([
      { message: { type: 'beacon:form-context', landingPage: 'https://customer.example/contact', referrer: '' }, targetOrigin: 'https://customer.example' },
    ]);
  });

  it('tells nothing to other windows, wrong origins or frames without data-beacon-form', () => {
    const page = fakePage([{ src: 'https://beacon.example/f/a?embed=1' }]);
    page.load();
    const frame = page.iframes[0]!;
    const stranger = { postMessage: vi.fn() };
    page.post({ type: 'beacon:form-ready', formId: 'a' }, stranger);
    page.post({ type: 'beacon:form-ready', formId: 'a' }, null);
    // The frame navigated elsewhere (or something else loaded in it): its origin no longer matches its src.
    page.post({ type: 'beacon:form-ready', formId: 'a' }, frame.contentWindow, 'https://evil.example');
    page.post({ type: 'beacon:form-context', landingPage: 'https://evil.example/' }, frame.contentWindow);
    page.post('beacon:form-ready', frame.contentWindow);
    expect(stranger.postMessage).not.toHaveBeenCalled();
    expect(frame.sent).toEqual([]);
    expect(frame.style.height).toBe('');
  });

  it('does nothing the second time it is included and defines no globals', () => {
    const page = fakePage([{ src: 'https://beacon.example/f/a?embed=1' }]);
    page.load();
    page.load();
    expect(page.listeners).toHaveLength(1);
    page.post({ type: 'beacon:form-ready', formId: 'a' }, page.iframes[0]!.contentWindow);
    expect(page.iframes[0]!.sent).toHaveLength(1);
    expect(Object.keys(page.sandbox).sort()).toEqual(['URL', 'document', 'window']);
    expect(Object.keys(page.sandbox.window).sort()).toEqual(['addEventListener', 'location', 'sessionStorage']);
  });
});

describe('embed.js first touch', () => {
  const FRAME = 'https://beacon.example/f/a?embed=1';
  const ready = (page: ReturnType<typeof fakePage>) => {
    page.post({ type: 'beacon:form-ready', formId: 'a' }, page.iframes[0]!.contentWindow);
    return (page.iframes[0]!.sent.at(-1)?.message ?? null) as { landingPage?: string; referrer?: string } | null;
  };

  it("sends the tab's first landing page and referrer, not the page the form is on", () => {
    const storage = memoryStorage();
    const landingHref = 'https://customer.example/spring?utm_source=news&utm_campaign=spring';
    // The visitor lands from a newsletter on a page that loads the script (with or without a form)…
    fakePage([], { href: landingHref, referrer: 'https://mail.example/', storage }).load();
    expect(JSON.parse(storage.data.get('beacon:embed-landing')!)).toEqual({ landingPage: landingHref, referrer: 'https://mail.example/' });
    // …then browses to the contact page, whose referrer is the landing page.
    const contact = fakePage([{ src: FRAME }], { href: 'https://customer.example/contact', referrer: landingHref, storage });
    contact.load();
    expect(ready(contact)).toEqual({ type: 'beacon:form-context', landingPage: landingHref, referrer: 'https://mail.example/' });
    // And a third page still reports the first touch, with its empty referrer kept as such.
    const direct = memoryStorage();
    fakePage([], { href: 'https://customer.example/', storage: direct }).load();
    const later = fakePage([{ src: FRAME }], { href: 'https://customer.example/contact', referrer: 'https://customer.example/', storage: direct });
    later.load();
    expect(ready(later)).toEqual({ type: 'beacon:form-context', landingPage: 'https://customer.example/', referrer: '' });
  });

  it('falls back to the current page when storage is blocked, absent or full, without breaking the embed', () => {
    const href = 'https://customer.example/contact?utm_source=ads';
    for (const storage of ['blocked', 'absent', memoryStorage({ failWrites: true })] as const) {
      const page = fakePage([{ src: FRAME }], { href, referrer: 'https://search.example/', storage });
      expect(() => page.load()).not.toThrow();
      expect(ready(page), String(storage)).toEqual({ type: 'beacon:form-context', landingPage: href, referrer: 'https://search.example/' });
      page.post({ type: 'beacon:form-height', height: 300 }, page.iframes[0]!.contentWindow);
      expect(page.iframes[0]!.style.height).toBe('300px');
    }
  });

  it('replaces a stored value it cannot read with the current page', () => {
    for (const junk of ['not json', '{"landingPage":42}', '{"landingPage":"","referrer":""}', 'null']) {
      const storage = memoryStorage();
      storage.data.set('beacon:embed-landing', junk);
      const page = fakePage([{ src: FRAME }], { href: 'https://customer.example/contact', storage });
      page.load();
      expect(ready(page), junk).toEqual({ type: 'beacon:form-context', landingPage: 'https://customer.example/contact', referrer: '' });
      expect(JSON.parse(storage.data.get('beacon:embed-landing')!), junk).toEqual({ landingPage: 'https://customer.example/contact', referrer: '' });
    }
  });
});
