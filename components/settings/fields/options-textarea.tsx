'use client';

import { useState } from 'react';
import { FormControl, FormDescription, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Textarea } from '@/components/ui/textarea';

export function parseOptions(text: string) {
  return [...new Set(text.split('\n').map((line) => line.trim()).filter(Boolean))];
}

/**
 * A select field's options, one per line. The box keeps the raw text (blank lines while typing); the form
 * gets the cleaned list, so validation sees what will be saved.
 */
export function OptionsTextarea({ initial, onChange }: { initial: string[]; onChange: (options: string[]) => void }) {
  const [text, setText] = useState(initial.join('\n'));
  return (
    <FormItem>
      <FormLabel>Options</FormLabel>
      <FormControl>
        <Textarea
          rows={4}
          value={text}
          placeholder={'Small\nMedium\nLarge'}
          onChange={(event) => {
            setText(event.target.value);
            onChange(parseOptions(event.target.value));
          }}
        />
      </FormControl>
      <FormDescription>One option per line.</FormDescription>
      <FormMessage />
    </FormItem>
  );
}
