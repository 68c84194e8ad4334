'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { rememberLanding } from './landing-store';
import { sendAnalyticsBeacon } from './send-beacon';

/**
 * Counts a page view on load and on every client-side navigation. It reads `location` inside an effect
 * rather than useSearchParams, which would opt static marketing pages out of prerendering.
 */
export function PageViewTracker() {
  const pathname = usePathname();
  // React's development double-run of effects (and re-renders) must not count one view twice.
  const lastSent = useRef<string | null>(null);

  useEffect(() => {
    rememberLanding();
    const href = window.location.href;
    if (lastSent.current === href) return;
    lastSent.current = href;
    sendAnalyticsBeacon({ type: 'page_view' });
  }, [pathname]);

  return null;
}
