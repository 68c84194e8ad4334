import { cn } from '@/lib/utils';

const numberFormat = new Intl.NumberFormat('en-US');

/** Tokens used against the monthly allowance, as a labelled progress bar with the numbers beside it. */
export function UsageMeter({ used, allowance, level }: { used: number; allowance: number; level: 'ok' | 'near' | 'over' }) {
  const percent = allowance > 0 ? Math.min(100, Math.round((used / allowance) * 100)) : 100;
  return (
    <div className="grid gap-2">
      <div
        role="progressbar"
        aria-label="AI tokens used this month"
        aria-valuemin={0}
        aria-valuemax={allowance}
        aria-valuenow={Math.min(used, allowance)}
        aria-valuetext={`${numberFormat.format(used)} of ${numberFormat.format(allowance)} tokens (${percent}%)`}
        className="h-3 overflow-hidden rounded-full bg-muted"
      >
        <div
          className={cn('h-full rounded-full', level === 'over' ? 'bg-destructive' : level === 'near' ? 'bg-amber-500' : 'bg-primary')}
          style={{ width: `${percent}%` }}
        />
      </div>
      <p className="text-sm tabular-nums text-muted-foreground">
        {numberFormat.format(used)} of {numberFormat.format(allowance)} tokens used ({percent}%)
      </p>
    </div>
  );
}
