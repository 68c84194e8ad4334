import type { Metadata } from 'next';
import { NotFoundPage } from '@/components/marketing/not-found-page';
import { ThemeProvider } from '@/components/theme-provider';

// Next adds `noindex` to every 404 answer itself; this only gives the tab a readable title.
export const metadata: Metadata = {
  title: 'Page not found',
  description: 'The page you are looking for does not exist or has moved.',
};

/**
 * The site-wide 404 renders under the root layout only, so it brings its own theme provider. It must not
 * read the request: the root not-found is rendered along with every page, and a request read here would make
 * the whole marketing site dynamic. 404s inside the dashboard and the staff portal use their own not-found
 * files, under the layouts that carry the CSP nonce.
 */
export default function NotFound() {
  return (
    <ThemeProvider>
      <NotFoundPage />
    </ThemeProvider>
  );
}
