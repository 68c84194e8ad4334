'use client';

import { Input } from '@/components/ui/input';
import { toScore } from './filter-values';

type ScoreRange = { scoreMin: number | null; scoreMax: number | null };

/** Minimum and maximum score, each optional; a typed value is clamped to 0–100. */
export function ScoreRangeFilter({ scoreMin, scoreMax, onChange }: ScoreRange & { onChange: (patch: Partial<ScoreRange>) => void }) {
  return (
    <fieldset className="grid gap-1.5">
      <legend className="mb-1.5 text-sm font-medium">Score</legend>
      <div className="flex items-center gap-2">
        <ScoreInput label="Minimum score" placeholder="Min" value={scoreMin} onChange={(value) => onChange({ scoreMin: value })} />
        <span aria-hidden className="text-muted-foreground">
          –
        </span>
        <ScoreInput label="Maximum score" placeholder="Max" value={scoreMax} onChange={(value) => onChange({ scoreMax: value })} />
      </div>
    </fieldset>
  );
}

type ScoreInputProps = { label: string; placeholder: string; value: number | null; onChange: (value: number | null) => void };

function ScoreInput({ label, placeholder, value, onChange }: ScoreInputProps) {
  return (
    <Input
      type="number"
      inputMode="numeric"
      min={0}
      max={100}
      aria-label={label}
      placeholder={placeholder}
      value={value ?? ''}
      onChange={(event) => onChange(toScore(event.target.value))}
    />
  );
}
