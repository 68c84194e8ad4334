'use client';

import { useWatch } from 'react-hook-form';
import { FormControl, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { BLOG_LIMITS } from '@/lib/blog/schemas';
import { CharCount } from './char-count';
import type { PostFormControl } from './post-form';

/**
 * Search-engine title and description with live character counts. Both are optional: empty, the page uses
 * the post's title and excerpt, which the placeholders show.
 */
export function SeoFields({ control }: { control: PostFormControl }) {
  const [title, excerpt] = useWatch({ control, name: ['title', 'excerpt'] });

  return (
    <div className="grid gap-4">
      <FormField
        control={control}
        name="seoTitle"
        render={({ field }) => (
          <FormItem>
            <FormLabel>SEO title</FormLabel>
            <FormControl>
              <Input {...field} value={field.value ?? ''} placeholder={title || 'Defaults to the post title'} autoComplete="off" />
            </FormControl>
            <CharCount count={(field.value ?? '').length} max={BLOG_LIMITS.seoTitle} />
            <FormMessage />
          </FormItem>
        )}
      />
      <FormField
        control={control}
        name="seoDescription"
        render={({ field }) => (
          <FormItem>
            <FormLabel>SEO description</FormLabel>
            <FormControl>
              <Textarea
                {...field}
                value={field.value ?? ''}
                rows={3}
                placeholder={excerpt || 'Defaults to the excerpt'}
              />
            </FormControl>
            <CharCount count={(field.value ?? '').length} max={BLOG_LIMITS.seoDescription} />
            <FormMessage />
          </FormItem>
        )}
      />
    </div>
  );
}
