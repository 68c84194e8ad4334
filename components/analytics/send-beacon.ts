import { readLanding } from './landing-store';

const COLLECT_URL = '/api/collect';

export type AnalyticsBeaconEvent = { type: 'page_view' | 'form_view'; formId?: string; path?: string };

/**
 * Reports a page or form view without blocking the page or its unload. `path` names another page of this
 * site than the current one. The referrer is the tab's first-touch one, so every view in a visit keeps
 * the source that brought the visitor.
 */
export function sendAnalyticsBeacon(event: AnalyticsBeaconEvent): void {
  try {
    if (typeof window === 'undefined') return;
    const url = event.path ? new URL(event.path, window.location.href).href : window.location.href;
    const referrer = readLanding().referrer ?? (document.referrer || undefined);
    // The shape of collectEventSchema; JSON.stringify leaves out the fields that are undefined.
    const body = JSON.stringify({ type: event.type, url, referrer, formId: event.formId });
    // sendBeacon survives navigation and unload; it refuses (false) when its queue is full.
    if (typeof navigator.sendBeacon === 'function' && navigator.sendBeacon(COLLECT_URL, body)) return;
    void fetch(COLLECT_URL, {
      method: 'POST',
      body,
      keepalive: true,
      credentials: 'omit',
      headers: { 'content-type': 'application/json' },
    }).catch(() => {});
  } catch {
    // Analytics must never break the page.
  }
}
