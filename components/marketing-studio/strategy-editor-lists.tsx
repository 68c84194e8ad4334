'use client';

import { Plus, Trash2 } from 'lucide-react';
import type { ReactNode } from 'react';
import { useFieldArray, useFormState, type Control } from 'react-hook-form';
import { NumberField } from '@/components/forms/number-field';
import { SelectField } from '@/components/forms/select-field';
import { TextareaField } from '@/components/forms/textarea-field';
import { TextField } from '@/components/forms/text-field';
import { Button } from '@/components/ui/button';
import { PLATFORM_LABELS } from '@/lib/ai/content/platform-labels';
import type { StrategyFormInput, StrategyFormValues } from '@/lib/ai/strategy/strategy-schemas';

type FormControl = Control<StrategyFormInput, unknown, StrategyFormValues>;
type ListName = 'platforms' | 'pillars' | 'voiceGuidelines' | 'kpis';

const PLATFORM_OPTIONS = Object.entries(PLATFORM_LABELS).map(([value, label]) => ({ value, label }));

/** A list's own error ("Add at least 3 pillars"), which belongs to no single row. */
function ListError({ control, name }: { control: FormControl; name: ListName }) {
  const { errors } = useFormState({ control, name });
  const error = errors[name] as { message?: string; root?: { message?: string } } | undefined;
  const message = error?.root?.message ?? error?.message;
  return message ? <p role="alert" className="text-sm text-destructive">{message}</p> : null;
}

type ListSectionProps = {
  title: string;
  itemLabel: string;
  count: number;
  min: number;
  max: number;
  onAdd: () => void;
  onRemove: (index: number) => void;
  renderRow: (index: number) => ReactNode;
  rowKey: (index: number) => string;
  control: FormControl;
  name: ListName;
};

function ListSection({ title, itemLabel, count, min, max, onAdd, onRemove, renderRow, rowKey, control, name }: ListSectionProps) {
  return (
    <fieldset className="grid gap-3">
      <legend className="mb-2 text-sm font-semibold">
        {title} <span className="font-normal text-muted-foreground">({min} to {max})</span>
      </legend>
      {Array.from({ length: count }, (_, index) => (
        <div key={rowKey(index)} className="grid grid-cols-[1fr_auto] items-start gap-2 rounded-md border p-3">
          <div className="grid gap-3">{renderRow(index)}</div>
          <Button type="button" variant="ghost" size="icon" aria-label={`Remove ${itemLabel} ${index + 1}`} disabled={count <= min} onClick={() => onRemove(index)}>
            <Trash2 aria-hidden />
          </Button>
        </div>
      ))}
      <ListError control={control} name={name} />
      <Button type="button" variant="outline" size="sm" className="w-fit" disabled={count >= max} onClick={onAdd}>
        <Plus aria-hidden />
        Add {itemLabel}
      </Button>
    </fieldset>
  );
}

export function PlatformRows({ control }: { control: FormControl }) {
  const { fields, append, remove } = useFieldArray({ control, name: 'platforms' });
  return (
    <ListSection
      title="Platforms" itemLabel="platform" count={fields.length} min={1} max={2} control={control} name="platforms"
      rowKey={(i) => fields[i]!.id}
      onAdd={() => append({ platform: fields.some((f) => f.platform === 'x') ? 'linkedin' : 'x', reason: '', postsPerWeek: 3 })}
      onRemove={remove}
      renderRow={(i) => (
        <>
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField control={control} name={`platforms.${i}.platform`} label="Platform" options={PLATFORM_OPTIONS} />
            <NumberField control={control} name={`platforms.${i}.postsPerWeek`} label="Posts a week" min={1} max={14} />
          </div>
          <TextareaField control={control} name={`platforms.${i}.reason`} label="Why this platform" rows={2} />
        </>
      )}
    />
  );
}

export function PillarRows({ control }: { control: FormControl }) {
  const { fields, append, remove } = useFieldArray({ control, name: 'pillars' });
  return (
    <ListSection
      title="Content pillars" itemLabel="pillar" count={fields.length} min={3} max={5} control={control} name="pillars"
      rowKey={(i) => fields[i]!.id}
      onAdd={() => append({ name: '', description: '' })}
      onRemove={remove}
      renderRow={(i) => (
        <>
          <TextField control={control} name={`pillars.${i}.name`} label="Name" autoComplete="off" />
          <TextField control={control} name={`pillars.${i}.description`} label="Description" autoComplete="off" />
        </>
      )}
    />
  );
}

export function GuidelineRows({ control }: { control: FormControl }) {
  const { fields, append, remove } = useFieldArray({ control, name: 'voiceGuidelines' });
  return (
    <ListSection
      title="Voice guidelines" itemLabel="guideline" count={fields.length} min={3} max={6} control={control} name="voiceGuidelines"
      rowKey={(i) => fields[i]!.id}
      onAdd={() => append({ value: '' })}
      onRemove={remove}
      renderRow={(i) => <TextField control={control} name={`voiceGuidelines.${i}.value`} label={`Guideline ${i + 1}`} autoComplete="off" />}
    />
  );
}

export function KpiRows({ control }: { control: FormControl }) {
  const { fields, append, remove } = useFieldArray({ control, name: 'kpis' });
  return (
    <ListSection
      title="KPIs" itemLabel="KPI" count={fields.length} min={3} max={5} control={control} name="kpis"
      rowKey={(i) => fields[i]!.id}
      onAdd={() => append({ name: '', target: '' })}
      onRemove={remove}
      renderRow={(i) => (
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField control={control} name={`kpis.${i}.name`} label="Measure" autoComplete="off" />
          <TextField control={control} name={`kpis.${i}.target`} label="Target" autoComplete="off" />
        </div>
      )}
    />
  );
}
