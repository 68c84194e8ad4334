import { Check } from 'lucide-react';
import { Screenshot } from '@/components/marketing/screenshot';
import type { ScreenshotName } from '@/components/marketing/screenshots';
import { cn } from '@/lib/utils';

type Showcase = { screenshot: ScreenshotName; title: string; body: string; points: string[] };

// Only what the CRM in this codebase does today; the rest of the product is described in FeatureGrid.
const SHOWCASES: Showcase[] = [
  {
    screenshot: 'pipeline',
    title: 'Your pipeline, one drag at a time',
    body: 'Move a lead to its next stage by dragging its card. The stages are yours to name and order, and every move is written to the lead’s timeline.',
    points: [
      'Lead list with search, filters, sorts and columns kept in the link',
      'Saved views, bulk actions and keyboard shortcuts',
      'CSV import with column mapping, and CSV export of any filter',
    ],
  },
  {
    screenshot: 'leadDetail',
    title: 'Lead scores that explain themselves',
    body: 'Every point of a lead’s score comes with its reason, so you know why a lead sits at the top of your list and what would move it.',
    points: [
      'A timeline of notes, calls, meetings, stage changes and tasks',
      'Engagement that fades with a half-life you choose',
      'Scores recomputed on every activity and every night',
    ],
  },
];

export function FeatureShowcase() {
  return (
    <div className="space-y-20">
      {SHOWCASES.map((showcase, index) => (
        <div key={showcase.title} className="grid items-center gap-8 lg:grid-cols-2 lg:gap-12">
          {/* Alternate sides on wide screens; on narrow ones the text always comes first. */}
          <div className={cn(index % 2 === 1 && 'lg:order-2')}>
            <h3 className="text-xl font-semibold tracking-tight">{showcase.title}</h3>
            <p className="mt-3 text-muted-foreground">{showcase.body}</p>
            <ul className="mt-6 space-y-3">
              {showcase.points.map((point) => (
                <li key={point} className="flex gap-3 text-sm">
                  <Check className="mt-0.5 size-4 shrink-0 text-primary" aria-hidden />
                  <span>{point}</span>
                </li>
              ))}
            </ul>
          </div>
          <Screenshot name={showcase.screenshot} sizes="(min-width: 1152px) 540px, (min-width: 1024px) 45vw, calc(100vw - 2rem)" />
        </div>
      ))}
    </div>
  );
}
