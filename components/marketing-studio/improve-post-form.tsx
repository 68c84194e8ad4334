'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useForm } from 'react-hook-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextareaField } from '@/components/forms/textarea-field';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Form } from '@/components/ui/form';
import { improvePostAction } from '@/lib/actions/marketing/content/improve-post';
import { improvePostSchema } from '@/lib/ai/content/content-schemas';
import type { PostView } from '@/lib/ai/content/posts';
import { applyActionErrors } from '@/lib/forms/field-errors';

const feedbackSchema = improvePostSchema.pick({ feedback: true });

/** "Improve with feedback": say what to change; the rewrite replaces the draft's text. */
export function ImprovePostForm({ orgSlug, post, onImproved, onCancel }: { orgSlug: string; post: PostView; onImproved: (post: PostView) => void; onCancel: () => void }) {
  const form = useForm({ resolver: zodResolver(feedbackSchema), defaultValues: { feedback: '' } });
  const improve = useAction(improvePostAction, {
    onSuccess: ({ data }) => onImproved(data),
    onError: ({ error }) => applyActionErrors(form, error),
  });
  const onSubmit = form.handleSubmit(({ feedback }) => improve.execute({ orgSlug, postId: post.id, feedback }));

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} noValidate aria-label="Improve with feedback" className="grid gap-3 rounded-md border bg-muted/30 p-3">
        <fieldset disabled={improve.isPending} className="grid gap-3">
          <TextareaField control={form.control} name="feedback" label="What should change?" rows={2} placeholder="Shorter, more casual, add a question…" />
        </fieldset>
        <FormRootError control={form.control} />
        <div className="flex gap-2">
          <SubmitButton isPending={improve.isPending} pendingLabel="Rewriting…">
            Rewrite
          </SubmitButton>
          <Button type="button" variant="ghost" onClick={onCancel} disabled={improve.isPending}>
            Cancel
          </Button>
        </div>
      </form>
    </Form>
  );
}
