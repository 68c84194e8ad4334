'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Textarea } from '@/components/ui/textarea';
import { updatePostAction } from '@/lib/actions/marketing/content/update-post';
import { updatePostSchema } from '@/lib/ai/content/content-schemas';
import { normalizeHashtags } from '@/lib/ai/content/platform-limits';
import type { PostView } from '@/lib/ai/content/posts';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { CharCount } from './char-count';

// The form keeps hashtags as one line of text ("#growth, agencies"); the action takes the list.
const editorSchema = updatePostSchema.pick({ body: true }).extend({ hashtags: z.string().max(400) });
type EditorValues = z.infer<typeof editorSchema>;
const toTags = (text: string) => normalizeHashtags(text.split(/[\s,]+/));

/** Inline editing of one draft's text and hashtags, with the live length against the platform limit. */
export function PostEditor({ orgSlug, post, onSaved, onCancel }: { orgSlug: string; post: PostView; onSaved: (post: PostView) => void; onCancel: () => void }) {
  const form = useForm<EditorValues>({ resolver: zodResolver(editorSchema), defaultValues: { body: post.body, hashtags: post.hashtags.map((t) => `#${t}`).join(' ') } });
  const [body, hashtags] = useWatch({ control: form.control, name: ['body', 'hashtags'] });
  const save = useAction(updatePostAction, {
    onSuccess: ({ data }) => onSaved(data),
    onError: ({ error }) => applyActionErrors(form, error),
  });
  const onSubmit = form.handleSubmit((values) => save.execute({ orgSlug, postId: post.id, body: values.body, hashtags: toTags(values.hashtags) }));
  const countId = `post-${post.id}-count`;

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} noValidate aria-label="Edit post" className="grid gap-3">
        <FormField
          control={form.control}
          name="body"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Post</FormLabel>
              <FormControl>
                <Textarea {...field} rows={6} autoFocus aria-describedby={countId} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <TextField control={form.control} name="hashtags" label="Hashtags" autoComplete="off" placeholder="#growth #agencies" />
        <CharCount id={countId} post={{ body: body ?? '', hashtags: toTags(hashtags ?? '') }} platform={post.platform} />
        <FormRootError control={form.control} />
        <div className="flex gap-2">
          <SubmitButton isPending={save.isPending} pendingLabel="Saving…">
            Save
          </SubmitButton>
          <Button type="button" variant="ghost" onClick={onCancel} disabled={save.isPending}>
            Cancel
          </Button>
        </div>
      </form>
    </Form>
  );
}
