import { describe, expect, it } from 'vitest';
import { renderPostOgCard, toCardText } from './post-og-card';

describe('post social card', () => {
  it('keeps Latin text and typographic punctuation, drops what the bundled font lacks', () => {
    expect(toCardText('Zdzisław’s café — “ten” ideas…')).toBe('Zdzisław’s café — “ten” ideas…');
    expect(toCardText('Launch 🚀 日本語 day')).toBe('Launch day');
    expect(toCardText('🚀')).toBe('');
  });

  it('renders a PNG without reaching any host (only its own inlined wasm is loaded)', async () => {
    const fetchSpy = globalThis.fetch;
    const hosts: string[] = [];
    globalThis.fetch = (async (...args: Parameters<typeof fetch>) => {
      const url = String(args[0] instanceof Request ? args[0].url : args[0]);
      if (!url.startsWith('data:')) hosts.push(url);
      return fetchSpy(...args);
    }) as typeof fetch;
    try {
      const response = renderPostOgCard({ title: 'Growth ideas 🚀 for café owners', authorName: 'Ada' });
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(response.headers.get('content-type')).toBe('image/png');
      expect([...bytes.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      expect(hosts).toEqual([]);
    } finally {
      globalThis.fetch = fetchSpy;
    }
  });
});
