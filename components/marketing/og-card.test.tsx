import { describe, expect, it } from 'vitest';
import { renderOgCard } from './og-card';

/** Width and height from a PNG's IHDR chunk (bytes 16-23). */
function pngSize(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('renderOgCard', () => {
  it('renders a 1200x630 PNG with the bundled font only', async () => {
    const response = renderOgCard({ label: 'Pricing' });
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Array.from(bytes.slice(1, 4), (byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
  });
});
