type AdminBlogParams = { status?: string; q?: string; page?: number };

/** /admin/blog with only the filters that differ from the defaults, so URLs stay short and shareable. */
export function adminBlogHref({ status, q, page }: AdminBlogParams): string {
  const search = new URLSearchParams();
  if (status && status !== 'all') search.set('status', status);
  if (q) search.set('q', q);
  if (page && page > 1) search.set('page', String(page));
  const query = search.toString();
  return query ? `/admin/blog?${query}` : '/admin/blog';
}
