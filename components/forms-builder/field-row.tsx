'use client';

import { ArrowDown, ArrowUp, TriangleAlert, X } from 'lucide-react';
import type { Control } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormControl, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { Switch } from '@/components/ui/switch';
import type { FormEditorValues } from './form-editor-schema';

type Props = {
  control: Control<FormEditorValues>;
  index: number;
  count: number;
  fieldKey: string;
  name: string;
  isMissing: boolean;
  disabled: boolean;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
};

/**
 * One field of the form being edited. Move and remove use aria-disabled rather than disabled at the ends
 * of the list, so the button keeps keyboard focus after moving its row to the top or bottom.
 */
export function FieldRow({ control, index, count, fieldKey, name, isMissing, disabled, onMove, onRemove }: Props) {
  const isEmail = fieldKey === 'email';
  const canMoveUp = !disabled && index > 0;
  const canMoveDown = !disabled && index < count - 1;
  const canRemove = !disabled && !isEmail;

  return (
    <li className="grid gap-3 rounded-lg border p-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-end">
      <div className="grid gap-2">
        <p className="flex items-center gap-1.5 text-xs font-medium text-muted-foreground">
          {isMissing ? <TriangleAlert className="size-3.5 text-destructive" aria-hidden /> : null}
          <span className={isMissing ? 'text-destructive' : undefined}>{name}</span>
          <span className="sr-only">, field {index + 1} of {count}</span>
        </p>
        <FormField
          control={control}
          name={`fields.${index}.label`}
          render={({ field }) => (
            <FormItem>
              <FormLabel className="sr-only">Label shown for {name}</FormLabel>
              <FormControl>
                <Input {...field} placeholder="Label visitors see" disabled={disabled} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        {/* Errors about the field itself (a duplicate or unknown key) have no input of their own. */}
        <FormField
          control={control}
          name={`fields.${index}.key`}
          render={() => (
            <FormItem>
              <FormMessage />
            </FormItem>
          )}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <FormField
          control={control}
          name={`fields.${index}.required`}
          render={({ field }) => (
            <FormItem className="flex flex-row items-center gap-2">
              <FormControl>
                <Switch
                  checked={field.value}
                  onCheckedChange={field.onChange}
                  disabled={disabled || isEmail}
                  // Only set for Email: an explicit undefined would override the form's own aria-describedby.
                  {...(isEmail ? { 'aria-describedby': `email-required-${index}` } : {})}
                />
              </FormControl>
              <FormLabel className="font-normal">Required</FormLabel>
              {isEmail ? (
                <span id={`email-required-${index}`} className="sr-only">
                  Email is always required.
                </span>
              ) : null}
            </FormItem>
          )}
        />
        <div className="flex gap-1">
          <Button type="button" variant="ghost" size="icon" aria-label={`Move ${name} up`} aria-disabled={!canMoveUp} className="aria-disabled:opacity-40" onClick={() => canMoveUp && onMove(index, index - 1)}>
            <ArrowUp aria-hidden />
          </Button>
          <Button type="button" variant="ghost" size="icon" aria-label={`Move ${name} down`} aria-disabled={!canMoveDown} className="aria-disabled:opacity-40" onClick={() => canMoveDown && onMove(index, index + 1)}>
            <ArrowDown aria-hidden />
          </Button>
          <Button
            type="button"
            variant="ghost"
            size="icon"
            aria-label={isEmail ? 'Email cannot be removed: every form needs it' : `Remove ${name}`}
            aria-disabled={!canRemove}
            className="aria-disabled:opacity-40"
            onClick={() => canRemove && onRemove(index)}
          >
            <X aria-hidden />
          </Button>
        </div>
      </div>
    </li>
  );
}
