'use client';

import { useEffect, useState } from 'react';
import { formatDateTime } from '@/components/settings/format';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];
const RELATIVE = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

export function relativeTime(date: Date, now: Date) {
  const seconds = (date.getTime() - now.getTime()) / 1000;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return RELATIVE.format(Math.round(seconds / size), unit);
  }
  return 'just now';
}

/**
 * "3 hours ago" with the exact UTC time beside it. The first render uses the server's clock (`renderedAt`) so
 * server and browser print the same text; after that it follows the browser's clock, once a minute.
 */
export function RelativeTime({ value, renderedAt }: { value: Date | string; renderedAt: string }) {
  const date = new Date(value);
  const [now, setNow] = useState(() => new Date(renderedAt));
  useEffect(() => {
    const tick = () => setNow(new Date());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 60_000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, []);
  return (
    <span className="text-xs text-muted-foreground">
      <time dateTime={date.toISOString()} title={formatDateTime(date)}>
        {relativeTime(date, now)}
      </time>
      <span aria-hidden> · </span>
      <span className="tabular-nums">{formatDateTime(date)}</span>
    </span>
  );
}
