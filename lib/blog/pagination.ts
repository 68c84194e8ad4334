/** How many pages `total` items fill; an empty list still has its first page. */
export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** A page number from a URL segment, or null unless canonical ("02" or "1e1" would duplicate real pages). */
export function parsePageNumber(segment: string): number | null {
  if (!/^[1-9]\d{0,4}$/.test(segment)) return null;
  return Number(segment);
}

export type PageLink = { page: number } | { gap: true; key: string };

/** The numbers a pager shows: first, last and the current page's neighbours, with gaps (1 … 4 5 6 … 12). */
export function pageLinks(current: number, pageCount: number): PageLink[] {
  const wanted = new Set([1, pageCount, current - 1, current, current + 1].filter((page) => page >= 1 && page <= pageCount));
  const pages = [...wanted].sort((a, b) => a - b);
  const links: PageLink[] = [];
  pages.forEach((page, index) => {
    const previous = pages[index - 1];
    if (previous !== undefined && page - previous > 1) links.push({ gap: true, key: `gap-${previous}` });
    links.push({ page });
  });
  return links;
}
