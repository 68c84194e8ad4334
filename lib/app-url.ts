import { env } from '@/lib/env';

/**
 * The absolute base of links that leave the app (emails): APP_URL without a trailing slash, or the local
 * development server when it is unset.
 */
export function appBaseUrl(): string {
  return (env.APP_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}
