'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { TZ_OFFSET_COOKIE } from './task-format';

/**
 * Tells the server the browser's time zone offset, which decides what "today" and "overdue" mean in My
 * tasks. A cookie rather than a URL parameter: links stay clean and, when shared, use the reader's zone, not
 * the sender's. The first visit (or a DST change) renders once in the old offset, then refreshes.
 */
export function TimezoneCookie({ serverOffset }: { serverOffset: number | null }) {
  const router = useRouter();
  useEffect(() => {
    const offset = new Date().getTimezoneOffset();
    if (offset === serverOffset) return;
    document.cookie = `${TZ_OFFSET_COOKIE}=${offset}; path=/; max-age=31536000; samesite=lax`;
    router.refresh();
  }, [serverOffset, router]);
  return null;
}
