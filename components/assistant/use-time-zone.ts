'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * The browser's time zone. The server (and the hydrating first render) answers UTC, then React re-renders
 * with the browser's zone, so day words such as "tomorrow" never cause a hydration mismatch.
 */
export function useTimeZone(): string {
  return useSyncExternalStore(
    subscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => 'UTC',
  );
}
