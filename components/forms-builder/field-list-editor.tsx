'use client';

import { useState } from 'react';
import { useFieldArray, useFormState, type UseFormReturn } from 'react-hook-form';
import { MAX_FORM_FIELDS } from '@/lib/leads/forms/form-schemas';
import { AddFieldMenu } from './add-field-menu';
import { describeField, fieldOptions, type CustomFieldOption, type FieldOption } from './field-options';
import type { FormEditorValues } from './form-editor-schema';
import { FieldRow } from './field-row';

type Props = { form: UseFormReturn<FormEditorValues>; customFields: CustomFieldOption[]; disabled: boolean };

/** The form's fields in order: relabel, require, reorder with buttons, remove, add. */
export function FieldListEditor({ form, customFields, disabled }: Props) {
  const { fields, append, move, remove } = useFieldArray({ control: form.control, name: 'fields' });
  const { errors } = useFormState({ control: form.control, name: 'fields' });
  // Screen readers hear where a moved or removed row went; sighted users see it.
  const [announcement, setAnnouncement] = useState('');
  const listError = errors.fields?.root?.message ?? errors.fields?.message;
  const used = new Set(fields.map((field) => field.key));
  const available = fieldOptions(customFields).filter((option) => !used.has(option.key));

  function onMove(from: number, to: number) {
    move(from, to);
    setAnnouncement(`${describeField(fields[from]!.key, customFields).name} moved to position ${to + 1} of ${fields.length}.`);
  }

  function onRemove(index: number) {
    const { name } = describeField(fields[index]!.key, customFields);
    remove(index);
    setAnnouncement(`${name} removed.`);
  }

  function onAdd(option: FieldOption) {
    append({ key: option.key, label: option.label, required: false }, { shouldFocus: false });
    setAnnouncement(`${option.label} added at the end.`);
  }

  return (
    <fieldset className="grid gap-3" aria-describedby="form-fields-hint">
      <legend className="mb-1 text-sm font-medium">Fields</legend>
      <p id="form-fields-hint" className="text-sm text-muted-foreground">
        Visitors see them in this order. Email is always asked for: it is how Beacon recognises a returning lead.
      </p>
      <ol className="grid gap-2">
        {fields.map((item, index) => {
          const { name, isMissing } = describeField(item.key, customFields);
          return (
            <FieldRow
              key={item.id}
              control={form.control}
              index={index}
              count={fields.length}
              fieldKey={item.key}
              name={name}
              isMissing={isMissing}
              disabled={disabled}
              onMove={onMove}
              onRemove={onRemove}
            />
          );
        })}
      </ol>
      {listError ? (
        <p role="alert" className="text-sm text-destructive">
          {listError}
        </p>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {disabled ? null : (
        <div className="flex flex-wrap items-center gap-3">
          <AddFieldMenu
            available={available}
            isFull={fields.length >= MAX_FORM_FIELDS}
            onAdd={onAdd}
            onAdded={() => requestAnimationFrame(() => form.setFocus(`fields.${form.getValues('fields').length - 1}.label`))}
          />
          {fields.length >= MAX_FORM_FIELDS ? <span className="text-sm text-muted-foreground">A form can have at most {MAX_FORM_FIELDS} fields.</span> : null}
        </div>
      )}
    </fieldset>
  );
}
