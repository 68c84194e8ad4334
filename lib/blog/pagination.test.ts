import { describe, expect, it } from 'vitest';
import { pageCountOf, pageLinks, parsePageNumber } from './pagination';

describe('blog pagination helpers', () => {
  it('counts at least one page', () => {
    expect(pageCountOf(0, 10)).toBe(1);
    expect(pageCountOf(10, 10)).toBe(1);
    expect(pageCountOf(11, 10)).toBe(2);
  });

  it('reads only canonical page numbers', () => {
    expect(parsePageNumber('2')).toBe(2);
    for (const bad of ['0', '02', '-1', '1e1', '1.5', 'two', '', '123456']) expect(parsePageNumber(bad)).toBeNull();
  });

  it('shows the first, last and neighbouring pages with gaps between', () => {
    expect(pageLinks(1, 1)).toEqual([{ page: 1 }]);
    expect(pageLinks(2, 3)).toEqual([{ page: 1 }, { page: 2 }, { page: 3 }]);
    expect(pageLinks(5, 12)).toEqual([{ page: 1 }, { gap: true, key: 'gap-1' }, { page: 4 }, { page: 5 }, { page: 6 }, { gap: true, key: 'gap-6' }, { page: 12 }]);
  });
});
