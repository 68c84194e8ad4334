import Link from 'next/link';
import { tagPath } from '@/lib/blog/paths';
import { cn } from '@/lib/utils';

type TagChipsProps = {
  tags: string[];
  /** The tag whose page this is, shown as the current one. */
  activeTag?: string;
  /** Counts per tag, shown after the name (the topic list on the index). */
  counts?: Record<string, number>;
  label: string;
  className?: string;
};

/** Tags as links to their pages, in a labelled list so screen readers announce how many there are. */
export function TagChips({ tags, activeTag, counts, label, className }: TagChipsProps) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label={label} className={cn('flex flex-wrap gap-2', className)}>
      {tags.map((tag) => {
        const isActive = tag === activeTag;
        return (
          <li key={tag}>
            <Link
              href={tagPath(tag)}
              aria-current={isActive ? 'page' : undefined}
              className={cn(
                'inline-flex items-center gap-1 rounded-full border px-3 py-1 text-xs font-medium transition-colors hover:bg-accent hover:text-accent-foreground',
                isActive && 'border-primary bg-primary text-primary-foreground hover:bg-primary/90 hover:text-primary-foreground',
              )}
            >
              #{tag}
              {counts?.[tag] !== undefined ? <span className="text-muted-foreground tabular-nums">{counts[tag]}</span> : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
