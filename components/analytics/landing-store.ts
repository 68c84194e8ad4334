// First-touch landing data for this browser tab, kept in sessionStorage: it ends with the tab, is never
// sent as a cookie, and identifies nobody. The lead form reads it to attribute a submission.

const STORAGE_KEY = 'beacon:landing';

export type Landing = { landingPage?: string; referrer?: string };

function getStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    // Accessing sessionStorage throws when the browser blocks site data.
    return null;
  }
}

/** Stores where this tab's visit started, once: later calls keep the first touch. */
export function rememberLanding(): void {
  const storage = getStorage();
  if (!storage) return;
  try {
    if (storage.getItem(STORAGE_KEY) !== null) return;
    storage.setItem(STORAGE_KEY, JSON.stringify({ landingPage: window.location.href, referrer: document.referrer }));
  } catch {
    // Quota exceeded or storage disabled: attribution is a nice-to-have, never an error.
  }
}

/** The tab's first touch; empty when nothing was stored or storage is blocked. */
export function readLanding(): Landing {
  const storage = getStorage();
  if (!storage) return {};
  try {
    const stored: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null');
    if (!stored || typeof stored !== 'object') return {};
    const { landingPage, referrer } = stored as Record<string, unknown>;
    return {
      ...(typeof landingPage === 'string' && landingPage ? { landingPage } : {}),
      ...(typeof referrer === 'string' && referrer ? { referrer } : {}),
    };
  } catch {
    return {};
  }
}
