import type { ReactNode } from 'react';

/** The message a list shows when it has no rows, with an optional way out (e.g. clearing a filter). */
export function EmptyState({ icon, title, description, action }: { icon: ReactNode; title: string; description: string; action?: ReactNode }) {
  return (
    <div className="flex flex-col items-center justify-center gap-2 rounded-lg border border-dashed p-10 text-center [&>svg]:size-8 [&>svg]:text-muted-foreground">
      {icon}
      <h2 className="font-medium">{title}</h2>
      <p className="max-w-sm text-sm text-muted-foreground">{description}</p>
      {action}
    </div>
  );
}
