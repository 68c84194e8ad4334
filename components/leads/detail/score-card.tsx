import Link from 'next/link';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { ScoreReasonRow } from '@/db/schema/leads';

type ScoreCardProps = {
  score: number;
  reasons: ScoreReasonRow[];
  halfLifeDays: number;
  /** Where admins change the half-life; omitted for members. */
  settingsHref?: string;
};

/** "Why this score": every factor that produced the stored score, with its points. */
export function ScoreCard({ score, reasons, halfLifeDays, settingsHref }: ScoreCardProps) {
  const total = reasons.reduce((sum, reason) => sum + reason.points, 0);
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Why this score</h2>
        </CardTitle>
        <CardDescription>
          Engagement points halve every {halfLifeDays} {halfLifeDays === 1 ? 'day' : 'days'}, so a lead that goes quiet cools down while
          who they are (company, title, email domain) keeps its points.
          {settingsHref ? (
            <>
              {' '}
              <Link href={settingsHref} className="text-primary underline-offset-4 hover:underline">
                Change the half-life
              </Link>
              .
            </>
          ) : null}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {reasons.length === 0 ? (
          <p className="text-sm text-muted-foreground">Nothing counts towards this lead’s score yet: add a company, a title or some activity.</p>
        ) : (
          <table className="w-full text-sm">
            <caption className="sr-only">Score factors and their points</caption>
            <thead className="sr-only">
              <tr>
                <th scope="col">Factor</th>
                <th scope="col">Points</th>
              </tr>
            </thead>
            <tbody>
              {reasons.map((reason) => (
                <tr key={reason.factor} className="border-b last:border-b-0">
                  <td className="py-1.5 pr-3">{reason.label}</td>
                  <td className="py-1.5 text-right font-medium tabular-nums">+{reason.points}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t-2">
                <th scope="row" className="pt-2 text-left font-medium">
                  Score
                </th>
                <td className="pt-2 text-right font-semibold tabular-nums">
                  {score}
                  {total > score ? <span className="block text-xs font-normal text-muted-foreground">{total} points, capped at 100</span> : null}
                </td>
              </tr>
            </tfoot>
          </table>
        )}
      </CardContent>
    </Card>
  );
}
