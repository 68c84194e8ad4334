'use client';

import type { CustomFieldDefinition } from '@/db/schema/lead-settings';
import { formatDate } from '@/components/settings/format';
import { parseCustomValue } from './field-parsers';
import { InlineField } from './inline-field';
import { LeadSelect } from './lead-select';

type Definition = Pick<CustomFieldDefinition, 'id' | 'key' | 'label' | 'type' | 'options'>;

const INPUT_TYPE = { text: 'text', number: 'number', date: 'date' } as const;

function displayOf(definition: Definition, value: unknown) {
  if (value === undefined || value === null || value === '') return null;
  if (definition.type === 'date' && typeof value === 'string') return formatDate(`${value}T00:00:00Z`);
  return String(value);
}

/** One workspace-defined field, edited with the input its type calls for. */
export function CustomFieldEditor({
  definition,
  value,
  onSave,
}: {
  definition: Definition;
  value: unknown;
  onSave: (key: string, value: string | number | null) => Promise<string | null>;
}) {
  const initial = value === undefined || value === null ? '' : String(value);
  if (definition.type === 'select') {
    // A stored value that is no longer an option still shows, so it can be seen and replaced.
    const options = [...new Set([...definition.options, ...(initial ? [initial] : [])])].map((option) => ({ value: option, label: option }));
    return (
      <LeadSelect
        key={initial}
        label={definition.label}
        value={initial || null}
        options={options}
        noneLabel="—"
        onSave={(next) => onSave(definition.key, next)}
      />
    );
  }
  return (
    <InlineField
      key={initial}
      label={definition.label}
      initial={initial}
      display={displayOf(definition, value)}
      type={INPUT_TYPE[definition.type]}
      inputMode={definition.type === 'number' ? 'decimal' : undefined}
      step={definition.type === 'number' ? 'any' : undefined}
      parse={(draft) => parseCustomValue(definition, draft)}
      onSave={(next) => onSave(definition.key, next)}
    />
  );
}
