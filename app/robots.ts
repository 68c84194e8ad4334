import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/marketing/site';

// GET /robots.txt — the marketing site is crawlable; the dashboard, staff portal, API and hosted forms are not.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      // `/app` without a trailing slash also covers `/app/...`; `/f/` keeps customers' hosted forms out of
      // search results without touching unrelated paths that merely start with "f".
      disallow: ['/app', '/admin', '/api/', '/f/'],
    },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
