export const DEFAULT_REDIRECT = '/app';

const PROBE_ORIGIN = 'http://beacon.invalid';

/**
 * Returns `target` when it is a same-origin relative path, else `fallback`. Accepts only a single leading
 * "/": "//host" and "/\host" are protocol-relative to browsers, and control characters are refused because
 * browsers strip tabs and newlines ("/\t/host" would become "//host").
 */
export function safeRedirect(target: unknown, fallback: string = DEFAULT_REDIRECT): string {
  if (typeof target !== 'string' || target.length === 0 || target.length > 2048) return fallback;
  if (!target.startsWith('/') || target.startsWith('//')) return fallback;
  if (/[\\\u0000-\u001f\u007f]/.test(target)) return fallback;
  try {
    const url = new URL(target, PROBE_ORIGIN);
    if (url.origin !== PROBE_ORIGIN) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** `path?callbackUrl=…` for a safe callback (slashes left readable), or just `path` when there is none. */
export function withCallbackUrl(path: string, callbackUrl: string | undefined): string {
  if (!callbackUrl) return path;
  const target = safeRedirect(callbackUrl, '');
  if (!target) return path;
  return `${path}?callbackUrl=${encodeURIComponent(target).replaceAll('%2F', '/')}`;
}

/** The first value of a search param (Next.js gives an array when the name repeats). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
