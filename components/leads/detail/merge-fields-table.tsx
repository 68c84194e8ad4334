'use client';

import { MERGE_FIELDS, type MergeField } from '@/lib/leads/merge-schemas';
import { formatMoney } from './field-parsers';
import { memberLabel, useLeadPage } from './lead-page-context';

export type MergeLead = {
  id: string;
  name: string;
  email: string | null;
  company: string | null;
  phone: string | null;
  title: string | null;
  source: string | null;
  stageId: string | null;
  ownerId: string | null;
  priority: 'low' | 'normal' | 'high';
  valueCents: number | null;
  currency: string;
};
export type MergePick = Partial<Record<MergeField, 'primary' | 'secondary'>>;

const LABELS: Record<MergeField, string> = {
  name: 'Name', email: 'Email', company: 'Company', phone: 'Phone', title: 'Job title', source: 'Source',
  stageId: 'Stage', ownerId: 'Owner', priority: 'Priority', valueCents: 'Value', currency: 'Currency',
};

/** Starts from the primary's values, except where only the other lead has one. */
export function defaultPick(primary: MergeLead, secondary: MergeLead): MergePick {
  const isEmpty = (value: unknown) => value === null || value === '';
  return Object.fromEntries(MERGE_FIELDS.map((field) => [field, isEmpty(primary[field]) && !isEmpty(secondary[field]) ? 'secondary' : 'primary']));
}

function useDisplay() {
  const { stages, members } = useLeadPage();
  return (lead: MergeLead, field: MergeField): string => {
    const value = lead[field];
    if (value === null || value === '') return '—';
    if (field === 'stageId') return stages.find((stage) => stage.id === value)?.name ?? 'Unknown stage';
    if (field === 'ownerId') {
      const member = members.find((candidate) => candidate.userId === value);
      return member ? memberLabel(member) : 'A former member';
    }
    if (field === 'valueCents') return formatMoney(Number(value), lead.currency);
    if (field === 'priority') return String(value).charAt(0).toUpperCase() + String(value).slice(1);
    return String(value);
  };
}

/** Step two: for every field, which lead's value the merged lead keeps. */
export function MergeFieldsTable({ primary, secondary, pick, onPickChange }: { primary: MergeLead; secondary: MergeLead; pick: MergePick; onPickChange: (pick: MergePick) => void }) {
  const display = useDisplay();
  return (
    <div className="max-h-[50vh] overflow-y-auto rounded-md border">
      <table className="w-full text-sm">
        <caption className="sr-only">Choose which value to keep for each field</caption>
        <thead className="sticky top-0 bg-muted text-left text-xs text-muted-foreground">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Field</th>
            <th scope="col" className="px-3 py-2 font-medium">This lead (kept)</th>
            <th scope="col" className="px-3 py-2 font-medium">{secondary.name} (merged in)</th>
          </tr>
        </thead>
        <tbody>
          {MERGE_FIELDS.map((field) => {
            const same = display(primary, field) === display(secondary, field);
            return (
              <tr key={field} className="border-t">
                <th scope="row" className="px-3 py-2 text-left font-medium">{LABELS[field]}</th>
                {(['primary', 'secondary'] as const).map((side) => {
                  const id = `merge-${field}-${side}`;
                  const lead = side === 'primary' ? primary : secondary;
                  return (
                    <td key={side} className="px-3 py-2">
                      <label htmlFor={id} className="flex items-center gap-2">
                        <input
                          id={id}
                          type="radio"
                          name={`merge-${field}`}
                          value={side}
                          checked={(pick[field] ?? 'primary') === side}
                          disabled={same}
                          onChange={() => onPickChange({ ...pick, [field]: side })}
                          aria-label={`${LABELS[field]}: keep ${display(lead, field)} from ${side === 'primary' ? 'this lead' : secondary.name}`}
                          className="size-4 accent-primary"
                        />
                        <span className="min-w-0 truncate">{display(lead, field)}</span>
                      </label>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
