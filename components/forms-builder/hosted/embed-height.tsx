'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Inside an iframe, tells the embedding page how tall the form is (on load and whenever it changes, e.g.
 * error messages or the thank-you note), so embed.js can size the frame without a scrollbar. The inner
 * box is measured, not the document: the body's min-height follows the frame and would never shrink.
 */
export function EmbedHeight({ formId, children }: { formId: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const node = ref.current;
    if (!node || window.parent === window) return;
    let last = 0;
    const post = () => {
      const height = Math.ceil(node.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      // Only a height goes out, nothing about the visitor, so any parent origin may read it.
      window.parent.postMessage({ type: 'beacon:form-height', formId, height }, '*');
    };
    post();
    const observer = new ResizeObserver(post);
    observer.observe(node);
    return () => observer.disconnect();
  }, [formId]);

  return <div ref={ref}>{children}</div>;
}
