'use client';

import { useDeferredValue, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { ArticleBody } from '@/components/blog/article-body';
import { FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import { Textarea } from '@/components/ui/textarea';
import { renderMarkdown } from '@/lib/blog/markdown';
import { BLOG_LIMITS } from '@/lib/blog/schemas';
import type { PostFormControl } from './post-form';

// Below lg the two panes are tabs; from lg on both show side by side (the tab list hides, panels stay).
const PANEL = 'mt-0 data-[state=inactive]:hidden lg:data-[state=inactive]:block';

/**
 * The post body in markdown with a live preview rendered by the same sanitising renderer as the public
 * page. The preview follows a deferred copy of the text, so typing stays fast in long posts.
 */
export function MarkdownField({ control }: { control: PostFormControl }) {
  const body = useWatch({ control, name: 'body' }) ?? '';
  const deferredBody = useDeferredValue(body);
  const html = useMemo(() => renderMarkdown(deferredBody), [deferredBody]);

  return (
    <Tabs defaultValue="write" className="gap-3">
      <TabsList className="lg:hidden" aria-label="Editor view">
        <TabsTrigger value="write">Write</TabsTrigger>
        <TabsTrigger value="preview">Preview</TabsTrigger>
      </TabsList>
      <div className="grid gap-4 lg:grid-cols-2">
        <TabsContent value="write" forceMount className={PANEL}>
          <FormField
            control={control}
            name="body"
            render={({ field }) => (
              <FormItem>
                <FormLabel>Post (markdown)</FormLabel>
                <FormControl>
                  <Textarea {...field} value={field.value ?? ''} rows={24} spellCheck className="min-h-[28rem] font-mono text-sm leading-6" />
                </FormControl>
                <FormDescription>
                  GitHub-flavoured markdown: **bold**, # headings, lists, tables, ``` code. Scripts, frames and inline
                  event handlers are removed. {body.length.toLocaleString('en')} / {BLOG_LIMITS.body.toLocaleString('en')} characters.
                </FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
        </TabsContent>
        <TabsContent value="preview" forceMount className={PANEL}>
          <section aria-label="Preview" className="grid gap-2">
            <p className="text-sm font-medium leading-none" aria-hidden>
              Preview
            </p>
            <div className="min-h-[28rem] overflow-auto rounded-md border bg-background p-4">
              {deferredBody.trim() ? <ArticleBody html={html} /> : <p className="text-sm text-muted-foreground">Nothing to preview yet.</p>}
            </div>
          </section>
        </TabsContent>
      </div>
    </Tabs>
  );
}
