import type { ComponentProps } from 'react';
import { cn } from '@/lib/utils';

/**
 * Readable long-form text (legal pages, FAQ answers): the one place that styles headings, paragraphs,
 * lists and links inside plain HTML, so pages write semantic markup without repeating utility classes.
 */
export function Prose({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      className={cn(
        'max-w-prose text-base leading-7 text-foreground',
        '[&_h2]:mt-10 [&_h2]:mb-3 [&_h2]:text-xl [&_h2]:font-semibold [&_h2]:tracking-tight',
        '[&_h3]:mt-6 [&_h3]:mb-2 [&_h3]:font-semibold',
        '[&_p]:my-4 [&_ul]:my-4 [&_ul]:list-disc [&_ul]:space-y-2 [&_ul]:pl-6',
        '[&_a]:font-medium [&_a]:text-primary [&_a]:underline [&_a]:underline-offset-4',
        '[&_code]:rounded [&_code]:bg-muted [&_code]:px-1 [&_code]:py-0.5 [&_code]:font-mono [&_code]:text-sm',
        '[&_strong]:font-semibold',
        className,
      )}
      {...props}
    />
  );
}
