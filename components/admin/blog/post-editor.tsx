'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { SelectField } from '@/components/forms/select-field';
import { TextField } from '@/components/forms/text-field';
import { TextareaField } from '@/components/forms/textarea-field';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Form } from '@/components/ui/form';
import type { BlogPostStatus } from '@/db/schema/values';
import { createBlogPostAction } from '@/lib/actions/blog/create-post';
import { updateBlogPostAction } from '@/lib/actions/blog/update-post';
import { createBlogPostSchema } from '@/lib/blog/schemas';
import { slugFromTitle } from '@/lib/blog/slug';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { CoverImageField } from './cover-image-field';
import { DeletePostButton } from './delete-post-button';
import { MarkdownField } from './markdown-field';
import { formDefaults, statusForIntent, type AuthorOption, type EditorPost, type PostFormOutput, type SaveIntent } from './post-form';
import { PublishPanel } from './publish-panel';
import { SeoFields } from './seo-fields';
import { SlugField } from './slug-field';
import { TagsField } from './tags-field';
import { useUnsavedChangesWarning } from './use-unsaved-changes-warning';

type PostEditorProps = {
  /** The post being edited; absent on /admin/blog/new. */
  post?: EditorPost;
  authors: AuthorOption[];
  /** The signed-in staff member: the default author of a new post. */
  currentUserId: string;
  /** This install's public origin, to show the post's final address. */
  siteUrl: string;
};

const SUCCESS: Record<SaveIntent, string> = { save: 'Changes saved.', draft: 'Saved as draft.', schedule: 'Post scheduled.', publish: 'Post published.' };

/** The staff editor for one post: content, metadata and publishing, saved through the blog actions. */
export function PostEditor({ post, authors, currentUserId, siteUrl }: PostEditorProps) {
  const router = useRouter();
  const isNew = !post;
  const form = useForm({ resolver: zodResolver(createBlogPostSchema), defaultValues: formDefaults(post, currentUserId) });
  // A new post's slug follows its title until the author types one; an existing post keeps its address.
  const [isSlugAuto, setIsSlugAuto] = useState(isNew);
  const [saved, setSaved] = useState<{ status: BlogPostStatus; publishedAt: Date | null; slug: string } | null>(
    post ? { status: post.status, publishedAt: post.publishedAt, slug: post.slug } : null,
  );
  const [pendingIntent, setPendingIntent] = useState<SaveIntent | null>(null);
  // The action callbacks read the intent from a ref: they may be the ones captured before the click's render.
  const intentRef = useRef<SaveIntent>('save');
  const [isLeaving, setIsLeaving] = useState(false);
  useUnsavedChangesWarning(form.formState.isDirty && !isLeaving);

  const onError = ({ error }: { error: Parameters<typeof applyActionErrors>[1] }) => {
    setPendingIntent(null);
    // Field errors show beside their fields; the toast points there (or says what went wrong overall).
    toast.error(applyActionErrors(form, error) ?? 'Some fields need attention.');
  };
  const create = useAction(createBlogPostAction, {
    onSuccess: ({ data }) => {
      toast.success(SUCCESS[intentRef.current]);
      setIsLeaving(true);
      router.replace(`/admin/blog/${data.id}`);
    },
    onError,
  });
  const update = useAction(updateBlogPostAction, {
    onSuccess: ({ data }) => {
      toast.success(SUCCESS[intentRef.current]);
      setPendingIntent(null);
      setSaved({ status: data.status, publishedAt: data.publishedAt, slug: data.slug });
      // The saved values become the new baseline, so the form is clean and the leave warning is off.
      form.reset({ ...form.getValues(), slug: data.slug, status: data.status, publishAt: data.status === 'scheduled' ? (data.publishedAt ?? undefined) : form.getValues('publishAt') });
    },
    onError,
  });

  function submit(intent: SaveIntent) {
    form.setValue('status', statusForIntent(intent, isNew));
    void form.handleSubmit(
      (values: PostFormOutput) => {
        intentRef.current = intent;
        setPendingIntent(intent);
        // An unchanged author is left out: a post keeps its byline even if that person is no longer staff.
        const authorId = post && values.authorId === (post.authorId ?? undefined) ? undefined : values.authorId;
        if (post) update.execute({ ...values, postId: post.id, authorId });
        else create.execute({ ...values, slug: isSlugAuto ? '' : values.slug, authorId });
      },
      () => toast.error('Some fields need attention.'),
    )();
  }

  const slugFor = (title: string) => (title.trim() ? slugFromTitle(title) : '');

  function onTitleChange(title: string) {
    if (isSlugAuto) form.setValue('slug', slugFor(title), { shouldDirty: true });
  }

  function onSlugEdit(value: string) {
    // Emptying the box hands the slug back to the title.
    const isAuto = value.trim() === '';
    setIsSlugAuto(isAuto);
    form.setValue('slug', isAuto ? slugFor(form.getValues('title') ?? '') : value, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  }

  const authorOptions = authors.map((author) => ({ value: author.id, label: author.name ? `${author.name} (${author.email})` : author.email }));
  if (post?.authorId && !authors.some((author) => author.id === post.authorId)) {
    authorOptions.unshift({ value: post.authorId, label: `${post.authorName ?? post.authorEmail ?? 'Former author'} (no longer staff)` });
  }

  return (
    <Form {...form}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit(isNew ? 'draft' : 'save');
        }}
        className="grid gap-6"
      >
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <div className="grid content-start gap-4">
            <TextField control={form.control} name="title" label="Title" autoFocus={isNew} autoComplete="off" onValueChange={onTitleChange} />
            <SlugField control={form.control} siteUrl={siteUrl} isAuto={isSlugAuto} onEdit={onSlugEdit} />
            <TextareaField control={form.control} name="excerpt" label="Excerpt" rows={3} placeholder="One or two sentences shown in the list and in link previews." />
          </div>
          <PublishPanel control={form.control} saved={saved} pendingIntent={pendingIntent} onIntent={submit}>
            {post ? <DeletePostButton postId={post.id} title={post.title} onDeleted={() => setIsLeaving(true)} /> : null}
          </PublishPanel>
        </div>
        <FormRootError control={form.control} />
        <MarkdownField control={form.control} />
        <div className="grid gap-6 lg:grid-cols-2">
          <Card className="gap-4 py-5">
            <CardHeader className="px-5">
              <CardTitle className="text-base">Details</CardTitle>
            </CardHeader>
            <CardContent className="grid gap-4 px-5">
              <SelectField control={form.control} name="authorId" label="Author" options={authorOptions} />
              <TagsField control={form.control} />
              <CoverImageField control={form.control} />
            </CardContent>
          </Card>
          <Card className="gap-4 py-5">
            <CardHeader className="px-5">
              <CardTitle className="text-base">Search and social</CardTitle>
            </CardHeader>
            <CardContent className="px-5">
              <SeoFields control={form.control} />
            </CardContent>
          </Card>
        </div>
      </form>
    </Form>
  );
}
