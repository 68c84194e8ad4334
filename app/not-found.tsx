import type { Metadata } from 'next';
import { NotFoundPage } from '@/components/marketing/not-found-page';
import { NonceThemeProvider } from '@/components/nonce-theme-provider';

// Next adds `noindex` to every 404 answer itself; this only gives the tab a readable title.
export const metadata: Metadata = {
  title: 'Page not found',
  description: 'The page you are looking for does not exist or has moved.',
};

/**
 * The site-wide 404 renders under the root layout only, so it brings its own theme provider. A 404 can be
 * served under either CSP (an unknown URL, or a missing workspace's lead in the dashboard), so the provider
 * takes the request's nonce when there is one.
 */
export default function NotFound() {
  return (
    <NonceThemeProvider>
      <NotFoundPage />
    </NonceThemeProvider>
  );
}
