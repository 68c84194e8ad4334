import { cn } from '@/lib/utils';

/**
 * A post's cover in a fixed 16:9 frame, so the page does not shift while it loads. A plain <img>: covers
 * are our own uploads or any https host, which Next's optimiser would need listing one by one. The title
 * is always next to it, so the image is decorative (empty alt).
 */
export function CoverImage({ src, priority = false, className }: { src: string; priority?: boolean; className?: string }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- see above: arbitrary https hosts and our upload route
    <img
      src={src}
      alt=""
      width={1200}
      height={675}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      className={cn('aspect-video w-full rounded-lg border bg-muted object-cover', className)}
    />
  );
}
