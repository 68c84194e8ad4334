'use client';

import { FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { postPath } from '@/lib/blog/paths';
import type { PostFormControl } from './post-form';

type SlugFieldProps = {
  control: PostFormControl;
  siteUrl: string;
  isAuto: boolean;
  /** Called with what the author typed; an empty box hands the slug back to the title. */
  onEdit: (value: string) => void;
};

/** The post's address. Follows the title until edited by hand; shows the full public URL it will have. */
export function SlugField({ control, siteUrl, isAuto, onEdit }: SlugFieldProps) {
  return (
    <FormField
      control={control}
      name="slug"
      render={({ field }) => (
        <FormItem>
          <FormLabel>Slug</FormLabel>
          <FormControl>
            <Input
              {...field}
              value={field.value ?? ''}
              onChange={(event) => onEdit(event.target.value)}
              autoComplete="off"
              spellCheck={false}
              className="font-mono"
              placeholder="made-from-the-title"
            />
          </FormControl>
          <FormDescription className="break-all">
            {`${siteUrl}${postPath(field.value || '…')}`}
            {isAuto ? ' · follows the title (a number is added if the address is taken)' : null}
          </FormDescription>
          <FormMessage />
        </FormItem>
      )}
    />
  );
}
