import { Lightbulb } from 'lucide-react';
import Link from 'next/link';
import { formatDateTime } from '@/components/settings/format';
import type { InsightTabStatus } from '@/lib/insights/schemas';

export type RuleSummary = { label: string; description: string; threshold: number; thresholdUnit: string };

type InsightsEmptyStateProps = {
  status: InsightTabStatus;
  /** The rules the scan runs for this workspace, with their thresholds. */
  enabledRules: RuleSummary[];
  nextRunAt: string | null;
  settingsHref: string | null;
};

const TITLES: Record<InsightTabStatus, string> = {
  open: 'No open insights',
  acted: 'Nothing acted on yet',
  dismissed: 'Nothing dismissed',
};

const DESCRIPTIONS: Record<InsightTabStatus, string> = {
  open: 'The scan reads your leads, tasks, pipeline and content and opens an insight when something needs attention. Sure findings get their follow-up tasks right away; the rest wait here for you.',
  acted: 'Insights you accept, and those the scan was sure enough to act on itself, show up here with the tasks they created.',
  dismissed: 'Insights you dismiss show up here; reopen one if you change your mind.',
};

/** An empty tab explains what the scan looks for and when it runs next, so "nothing" reads as good news. */
export function InsightsEmptyState({ status, enabledRules, nextRunAt, settingsHref }: InsightsEmptyStateProps) {
  return (
    <div className="grid justify-items-center gap-3 rounded-lg border border-dashed p-8 text-center">
      <Lightbulb className="size-8 text-muted-foreground" aria-hidden />
      <h2 className="font-medium">{TITLES[status]}</h2>
      <p className="max-w-prose text-sm text-muted-foreground">{DESCRIPTIONS[status]}</p>
      {status === 'open' ? (
        <>
          {enabledRules.length > 0 ? (
            <ul className="grid max-w-prose gap-1 text-left text-sm">
              {enabledRules.map((rule) => (
                <li key={rule.label}>
                  <span className="font-medium">{rule.label}</span>
                  <span className="text-muted-foreground">
                    {' '}
                    ({rule.threshold} {rule.thresholdUnit}): {rule.description}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-muted-foreground">Every rule is turned off, so the scan finds nothing.</p>
          )}
          <p className="text-sm text-muted-foreground">
            {nextRunAt ? (
              <>
                Next scan: <time dateTime={nextRunAt}>{formatDateTime(nextRunAt)}</time>.
              </>
            ) : (
              'The next scan runs within the hour.'
            )}
          </p>
          {settingsHref ? (
            <Link href={settingsHref} className="text-sm underline underline-offset-4">
              Choose rules and thresholds
            </Link>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
