'use client';

import { useEffect, useRef } from 'react';

/**
 * Keeps the newest message in view while it streams, unless the reader has scrolled up: a sentinel at the
 * end of the list is watched, and only when it was visible does new content scroll it back into view.
 */
export function useStickToBottom(trigger: unknown) {
  const endRef = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);

  useEffect(() => {
    const end = endRef.current;
    if (!end || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => {
      atBottom.current = entry?.isIntersecting ?? true;
    }, { rootMargin: '0px 0px 160px 0px' });
    observer.observe(end);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (atBottom.current) endRef.current?.scrollIntoView({ block: 'end' });
  }, [trigger]);

  return endRef;
}
