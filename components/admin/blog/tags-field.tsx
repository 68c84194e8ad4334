'use client';

import slugify from '@sindresorhus/slugify';
import { X } from 'lucide-react';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { BLOG_LIMITS } from '@/lib/blog/schemas';
import type { PostFormControl } from './post-form';

/** Adds typed tags, normalised as the schema stores them; returns the new list and a hint for refused ones. */
function addTags(tags: string[], typed: string[]): { tags: string[]; hint: string | null } {
  const next = [...tags];
  let hint: string | null = null;
  for (const raw of typed.map((value) => value.trim()).filter(Boolean)) {
    const tag = raw.length <= BLOG_LIMITS.tag ? slugify(raw) : '';
    if (!tag) hint = raw.length > BLOG_LIMITS.tag ? `Keep each tag under ${BLOG_LIMITS.tag} characters.` : 'Use letters or digits in tags.';
    else if (next.length >= BLOG_LIMITS.tags) hint = `Use at most ${BLOG_LIMITS.tags} tags.`;
    else if (!next.includes(tag)) next.push(tag);
  }
  return { tags: next, hint };
}

/**
 * Tags as removable chips plus a box: Enter or a comma adds what was typed (a pasted list is split on
 * commas), Backspace in an empty box removes the last one. Chips show the tag as it will be stored.
 */
export function TagsField({ control }: { control: PostFormControl }) {
  const [draft, setDraft] = useState('');
  const [hint, setHint] = useState<string | null>(null);

  return (
    <FormField
      control={control}
      name="tags"
      render={({ field }) => {
        const tags = field.value ?? [];
        const isFull = tags.length >= BLOG_LIMITS.tags;
        const commit = (typed: string[], rest = '') => {
          const result = addTags(tags, typed);
          if (result.tags.length !== tags.length) field.onChange(result.tags);
          setHint(result.hint);
          setDraft(rest);
        };
        return (
          <FormItem>
            <FormLabel>Tags</FormLabel>
            {tags.length > 0 ? (
              <ul className="flex flex-wrap gap-1.5" aria-label="Tags on this post">
                {tags.map((tag) => (
                  <li key={tag}>
                    <Badge variant="secondary" className="gap-1 pr-1">
                      #{tag}
                      <button
                        type="button"
                        onClick={() => field.onChange(tags.filter((item) => item !== tag))}
                        aria-label={`Remove tag ${tag}`}
                        className="rounded-sm p-0.5 hover:bg-background/60 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring/50"
                      >
                        <X aria-hidden className="size-3" />
                      </button>
                    </Badge>
                  </li>
                ))}
              </ul>
            ) : null}
            <FormControl>
              <Input
                ref={field.ref}
                name={field.name}
                value={draft}
                disabled={isFull}
                placeholder={isFull ? `At most ${BLOG_LIMITS.tags} tags` : 'Type a tag and press Enter'}
                autoComplete="off"
                onBlur={() => {
                  if (draft.trim()) commit([draft]);
                  field.onBlur();
                }}
                onChange={(event) => {
                  const parts = event.target.value.split(',');
                  // Everything before the last comma is finished; the rest is still being typed.
                  if (parts.length > 1) commit(parts.slice(0, -1), parts.at(-1));
                  else {
                    setDraft(event.target.value);
                    setHint(null);
                  }
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    commit([draft]);
                  } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
                    field.onChange(tags.slice(0, -1));
                  }
                }}
              />
            </FormControl>
            <FormDescription>Up to {BLOG_LIMITS.tags} tags; each has its own page at /blog/tags/&lt;tag&gt;.</FormDescription>
            {hint ? (
              <p role="status" className="text-sm text-destructive">
                {hint}
              </p>
            ) : null}
            <FormMessage />
          </FormItem>
        );
      }}
    />
  );
}
