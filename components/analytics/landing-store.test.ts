import { afterEach, describe, expect, it, vi } from 'vitest';
import { readLanding, rememberLanding } from './landing-store';

/** A sessionStorage stand-in: the tests run in Node, where the browser globals are stubbed per test. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

function stubBrowser(href: string, referrer: string, openStorage: () => Storage = memoryStorage) {
  const location = { href };
  let storage: Storage | undefined;
  vi.stubGlobal('window', {
    location,
    // A getter, like the browser's: reading it is what throws when site data is blocked.
    get sessionStorage() {
      return (storage ??= openStorage());
    },
  });
  vi.stubGlobal('document', { referrer });
  return location;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('rememberLanding / readLanding', () => {
  it('keeps the first touch of the tab session', () => {
    const location = stubBrowser('https://beacon.example/?utm_source=news', 'https://news.example/story');
    rememberLanding();
    location.href = 'https://beacon.example/pricing';
    rememberLanding();
    expect(readLanding()).toEqual({ landingPage: 'https://beacon.example/?utm_source=news', referrer: 'https://news.example/story' });
  });

  it('leaves out an empty referrer', () => {
    stubBrowser('https://beacon.example/', '');
    rememberLanding();
    expect(readLanding()).toEqual({ landingPage: 'https://beacon.example/' });
  });

  it('answers nothing before anything was stored, or when the stored value is not ours', () => {
    stubBrowser('https://beacon.example/', '');
    expect(readLanding()).toEqual({});
    window.sessionStorage.setItem('beacon:landing', '{not json');
    expect(readLanding()).toEqual({});
    window.sessionStorage.setItem('beacon:landing', JSON.stringify({ landingPage: 5, referrer: ['x'] }));
    expect(readLanding()).toEqual({});
  });

  it('is safe when the browser blocks storage', () => {
    stubBrowser('https://beacon.example/', 'https://ref.example/', () => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(() => rememberLanding()).not.toThrow();
    expect(readLanding()).toEqual({});
  });

  it('does nothing on the server', () => {
    expect(() => rememberLanding()).not.toThrow();
    expect(readLanding()).toEqual({});
  });
});
