// Pure and isomorphic: the browser's hosted form, the form editor, the public endpoint and attribution all
// decide "is this a web address we may send a visitor to" the same way.

/** The value as an absolute http(s) URL, or null (relative, other schemes, not text, unparsable). */
export function parseHttpUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = new URL(value.trim());
    // javascript:, data: and the like would run in the visitor's page if we sent them there.
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

export function isHttpUrl(value: unknown): boolean {
  return parseHttpUrl(value) !== null;
}
