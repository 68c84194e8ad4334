'use client';

import { useEffect, useState } from 'react';
import { relativeTime } from '@/components/leads/detail/relative-time';
import { formatDateTime } from '@/components/settings/format';

/**
 * "5 minutes ago", kept current once a minute. Rendered on the server, the first text uses the server's
 * clock (`renderedAt`) so the browser's first render matches it.
 */
export function NotificationTime({ value, renderedAt }: { value: string; renderedAt?: string }) {
  const [now, setNow] = useState(() => (renderedAt ? new Date(renderedAt) : new Date()));
  useEffect(() => {
    const tick = () => setNow(new Date());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 60_000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, []);
  const date = new Date(value);
  return (
    <time dateTime={value} title={formatDateTime(date)} className="text-xs text-muted-foreground">
      {relativeTime(date, now)}
    </time>
  );
}
