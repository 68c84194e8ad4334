import { PLANS } from '@/lib/billing/plans';
import { buildPlanComparisonRows } from '@/lib/marketing/pricing';

/**
 * Plan limits as a real data table: rows are limits, columns are plans, with a caption and header cells
 * scoped so screen readers announce "Pro, Social posts per month, 50".
 */
export function PlanLimitsTable() {
  const rows = buildPlanComparisonRows(PLANS);
  return (
    <div className="overflow-x-auto rounded-xl border">
      <table className="w-full min-w-[32rem] text-sm">
        <caption className="border-b px-4 py-3 text-left text-sm text-muted-foreground">
          What each plan includes per workspace: monthly allowances, which reset at the start of each month, and how often insight scans run.
        </caption>
        <thead className="bg-muted/50">
          <tr>
            <th scope="col" className="px-4 py-3 text-left font-medium">
              Limit
            </th>
            {PLANS.map((plan) => (
              <th key={plan.id} scope="col" className="px-4 py-3 text-right font-medium">
                {plan.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t">
              <th scope="row" className="px-4 py-3 text-left font-normal">
                {row.label}
              </th>
              {row.values.map((value, index) => (
                <td key={PLANS[index]?.id ?? index} className="px-4 py-3 text-right tabular-nums">
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
