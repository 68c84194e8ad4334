'use client';

import { useState } from 'react';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { splitTags } from './filter-values';

type TagsFilterProps = {
  id: string;
  label: string;
  placeholder: string;
  /** A line under the box, linked to it as its description. */
  hint?: string;
  tags: string[];
  onChange: (tags: string[] | null) => void;
};

/**
 * Tags are typed as one comma-separated line. The box keeps its own text (a trailing comma or space must
 * survive while typing) and follows the URL when the tags change elsewhere, e.g. "Clear filters".
 */
export function TagsFilter({ id, label, placeholder, hint, tags, onChange }: TagsFilterProps) {
  const joined = tags.join(', ');
  const [text, setText] = useState(joined);
  const [synced, setSynced] = useState(joined);
  if (joined !== synced) {
    setSynced(joined);
    if (splitTags(text).join(', ') !== joined) setText(joined);
  }
  const hintId = `${id}-hint`;
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        placeholder={placeholder}
        aria-describedby={hint ? hintId : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          const next = splitTags(event.target.value);
          onChange(next.length ? next : null);
        }}
      />
      {hint ? (
        <p id={hintId} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
