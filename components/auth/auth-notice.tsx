import { CircleAlert, CircleCheck, Info } from 'lucide-react';
import type { ReactNode } from 'react';
import { cn } from '@/lib/utils';

const TONES = {
  info: { icon: Info, className: 'border-border bg-muted/50 text-foreground' },
  success: { icon: CircleCheck, className: 'border-emerald-600/30 bg-emerald-600/5 text-emerald-800 dark:text-emerald-300' },
  error: { icon: CircleAlert, className: 'border-destructive/30 bg-destructive/5 text-destructive' },
} as const;

/** A short message above or inside an auth form; errors are announced at once, the rest politely. */
export function AuthNotice({ tone = 'info', children, className }: { tone?: keyof typeof TONES; children: ReactNode; className?: string }) {
  const { icon: Icon, className: toneClass } = TONES[tone];
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={cn('flex gap-2 rounded-md border px-3 py-2 text-sm', toneClass, className)}>
      <Icon className="mt-0.5 size-4 shrink-0" aria-hidden />
      <div className="min-w-0">{children}</div>
    </div>
  );
}
