'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { NumberField } from '@/components/forms/number-field';
import { SelectField } from '@/components/forms/select-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextareaField } from '@/components/forms/textarea-field';
import { TextField } from '@/components/forms/text-field';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Form } from '@/components/ui/form';
import { generatePostsFormSchema, MAX_POSTS_PER_BATCH, POST_COUNT_PRESETS, toGeneratePostsInput, type GeneratePostsFormValues } from '@/lib/ai/content/content-schemas';
import { PLATFORM_LABELS } from '@/lib/ai/content/platform-labels';
import type { PostQuota } from '@/lib/ai/content/post-quota';
import type { PostView } from '@/lib/ai/content/posts';
import { GenerationProgress } from './generation-progress';
import { useGeneratePosts } from './use-generate-posts';

const PLATFORM_OPTIONS = Object.entries(PLATFORM_LABELS).map(([value, label]) => ({ value, label }));
const COUNT_OPTIONS = [...POST_COUNT_PRESETS.map(({ value, label }) => ({ value, label })), { value: 'custom', label: 'Another number' }];

type Props = {
  orgSlug: string;
  /** The active strategy's pillars; empty when there is no strategy (the pillar is then free text). */
  pillars: string[];
  quota: PostQuota;
  onPost: (post: PostView) => void;
};

/** The "write posts" form; the batch streams in below it, one post at a time. */
export function ContentGenerator({ orgSlug, pillars, quota, onPost }: Props) {
  const form = useForm<GeneratePostsFormValues>({
    resolver: zodResolver(generatePostsFormSchema),
    defaultValues: { platform: 'linkedin', pillar: undefined, countChoice: '1', customCount: undefined, topic: '' },
  });
  const countChoice = useWatch({ control: form.control, name: 'countChoice' });
  const generation = useGeneratePosts(orgSlug, { onPost });
  const running = generation.state.status === 'running';
  // The server's count once a batch starts (posts written elsewhere since the page loaded count too).
  const remaining = generation.state.remaining ?? quota.remaining;
  const onSubmit = form.handleSubmit((values) => void generation.start(toGeneratePostsInput(values)));

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Write posts</h2>
        </CardTitle>
        <CardDescription>
          Each post is saved as a draft as soon as it is written. {remaining} of {quota.limit} posts left this month.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <Form {...form}>
          <form onSubmit={onSubmit} noValidate aria-label="Write posts" className="grid gap-4">
            <fieldset disabled={running} className="grid gap-4 sm:grid-cols-2">
              <SelectField control={form.control} name="platform" label="Platform" options={PLATFORM_OPTIONS} />
              {pillars.length > 0 ? (
                <SelectField control={form.control} name="pillar" label="Pillar" emptyLabel="Rotate through all pillars" options={pillars.map((p) => ({ value: p, label: p }))} />
              ) : (
                <TextField control={form.control} name="pillar" label="Pillar (optional)" autoComplete="off" placeholder="e.g. Customer stories" description="No strategy yet: name a theme, or leave it empty." />
              )}
              <SelectField control={form.control} name="countChoice" label="How many" options={COUNT_OPTIONS} />
              {countChoice === 'custom' ? (
                <NumberField control={form.control} name="customCount" label={`Number of posts (1–${MAX_POSTS_PER_BATCH})`} min={1} max={MAX_POSTS_PER_BATCH} />
              ) : null}
              <div className="sm:col-span-2">
                <TextareaField control={form.control} name="topic" label="Topic or brief (optional)" rows={2} placeholder="What should these posts be about?" />
              </div>
            </fieldset>
            <div>
              <SubmitButton isPending={running} pendingLabel="Writing…">
                Write posts
              </SubmitButton>
            </div>
            <GenerationProgress state={generation.state} onStop={generation.stop} />
          </form>
        </Form>
      </CardContent>
    </Card>
  );
}
