import { describe, expect, it } from 'vitest';
import { chunkEvents, toInngestPayload } from './chunk-events';

describe('chunkEvents', () => {
  it('keeps order and splits by count', () => {
    const chunks = chunkEvents([1, 2, 3, 4, 5], { maxEvents: 2, maxBytes: 1_000 });
    expect(chunks).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('splits by size, never leaving an oversized event out', () => {
    const big = 'x'.repeat(60);
    const chunks = chunkEvents([big, big, big], { maxEvents: 100, maxBytes: 130 });
    expect(chunks.map((chunk) => chunk.length)).toEqual([2, 1]);
    expect(chunkEvents(['y'.repeat(500)], { maxEvents: 100, maxBytes: 10 })).toEqual([['y'.repeat(500)]]);
  });

  it('returns no chunk for no events', () => {
    expect(chunkEvents([])).toEqual([]);
  });
});

describe('toInngestPayload', () => {
  it('keeps the event id when there is one', () => {
    const data = { userId: '5b2f5c8e-6a43-4d6e-9f7b-0c1d2e3f4a5b', day: '2026-01-02' };
    expect(toInngestPayload({ name: 'notifications/digest.send', data, id: 'digest:1' })).toEqual({ name: 'notifications/digest.send', data, id: 'digest:1' });
    expect(toInngestPayload({ name: 'notifications/digest.send', data })).toEqual({ name: 'notifications/digest.send', data });
  });
});
