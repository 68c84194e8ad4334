import Image from 'next/image';
import { SCREENSHOTS, type ScreenshotName } from '@/components/marketing/screenshots';
import { cn } from '@/lib/utils';

type ScreenshotProps = {
  name: ScreenshotName;
  /** Layout width hint for the responsive srcset, e.g. "(min-width: 1024px) 50vw, 100vw". */
  sizes: string;
  /** Only for the one image above the fold: it is the page's largest paint, so fetch it from <head>. */
  preload?: boolean;
  className?: string;
};

/**
 * A framed product screenshot. The intrinsic 1280x800 size reserves the box before the file arrives, so
 * the page does not shift while it loads.
 */
export function Screenshot({ name, sizes, preload = false, className }: ScreenshotProps) {
  const { src, alt } = SCREENSHOTS[name];
  return (
    <div className={cn('overflow-hidden rounded-xl border bg-muted shadow-sm', className)}>
      <Image
        src={src}
        alt={alt}
        width={1280}
        height={800}
        sizes={sizes}
        preload={preload}
        fetchPriority={preload ? 'high' : undefined}
        className="h-auto w-full"
      />
    </div>
  );
}
