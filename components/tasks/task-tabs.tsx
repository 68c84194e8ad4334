import Link from 'next/link';
import { cn } from '@/lib/utils';

export type TaskView = 'mine' | 'all';

/** "My tasks" and "All tasks" as tab-styled links: each view is its own URL and server render. */
export function TaskTabs({ orgSlug, current }: { orgSlug: string; current: TaskView }) {
  const tabs = [
    { view: 'mine', label: 'My tasks', href: `/app/${orgSlug}/tasks` },
    { view: 'all', label: 'All tasks', href: `/app/${orgSlug}/tasks?view=all` },
  ] as const;
  return (
    <nav aria-label="Task views" className="flex gap-1 border-b">
      {tabs.map((tab) => (
        <Link
          key={tab.view}
          href={tab.href}
          aria-current={current === tab.view ? 'page' : undefined}
          className={cn(
            '-mb-px border-b-2 border-transparent px-3 py-2 text-sm whitespace-nowrap text-muted-foreground transition-colors hover:text-foreground',
            current === tab.view && 'border-primary font-medium text-foreground',
          )}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
