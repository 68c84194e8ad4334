'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextareaField } from '@/components/forms/textarea-field';
import { TextField } from '@/components/forms/text-field';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel } from '@/components/ui/form';
import { Switch } from '@/components/ui/switch';
import { createFormAction } from '@/lib/actions/forms/create-form';
import { updateFormAction } from '@/lib/actions/forms/update-form';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { AfterSubmitFields } from './after-submit-fields';
import type { CustomFieldOption } from './field-options';
import { FieldListEditor } from './field-list-editor';
import { formEditorSchema, toFormInput, type FormEditorValues } from './form-editor-schema';

type Props = {
  orgSlug: string;
  /** Absent for a new form. */
  formId?: string;
  initialValues: FormEditorValues;
  customFields: CustomFieldOption[];
  /** Members see the settings read-only; admins edit them. */
  canEdit: boolean;
};

function Section({ title, description, children }: { title: string; description: string; children: React.ReactNode }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{title}</h2>
        </CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">{children}</CardContent>
    </Card>
  );
}

/** Creates or edits a lead form; the same zod rules run here and in the action. */
export function FormEditor({ orgSlug, formId, initialValues, customFields, canEdit }: Props) {
  const router = useRouter();
  const form = useForm({ resolver: zodResolver(formEditorSchema), defaultValues: initialValues });
  const create = useAction(createFormAction, {
    onSuccess: ({ data }) => {
      toast.success(`Form “${data.name}” created.`);
      router.push(`/app/${orgSlug}/forms/${data.id}?tab=share`);
    },
    onError: ({ error }) => applyActionErrors(form, error),
  });
  const update = useAction(updateFormAction, {
    onSuccess: ({ data }) => {
      toast.success(`Saved “${data.name}”.`);
      // The saved values become the new baseline, so the form is no longer "changed".
      form.reset(form.getValues());
    },
    onError: ({ error }) => applyActionErrors(form, error),
  });
  const isPending = create.isPending || update.isPending;

  const onSubmit = form.handleSubmit((values) => {
    const input = { ...toFormInput(values), orgSlug };
    if (formId) update.execute({ ...input, formId });
    else create.execute(input);
  });

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} noValidate aria-label={formId ? 'Form settings' : 'New form'}>
        {/* A disabled fieldset makes every input read-only for members in one place. */}
        <fieldset disabled={!canEdit || isPending} className="grid gap-6">
          <Section title="Basics" description="The name is for your team; visitors see the title and description.">
            <TextField control={form.control} name="name" label="Name" autoComplete="off" placeholder="Website contact form" autoFocus={!formId} />
            <TextField control={form.control} name="title" label="Title" autoComplete="off" />
            <TextareaField control={form.control} name="description" label="Description (optional)" rows={3} />
          </Section>

          <Section title="Fields" description="What visitors fill in. Custom fields come from Settings → Lead fields.">
            <FieldListEditor form={form} customFields={customFields} disabled={!canEdit} />
          </Section>

          <Section title="Sending" description="The button, and what happens once a visitor has sent the form.">
            <TextField control={form.control} name="submitLabel" label="Button label" autoComplete="off" />
            <AfterSubmitFields control={form.control} />
          </Section>

          <Section title="Follow-up" description="Who hears about new submissions, and how the leads are tagged.">
            <TextareaField control={form.control} name="notifyEmails" label="Notify these people (emails, comma or line separated, up to 10)" rows={2} />
            <TextField control={form.control} name="tags" label="Tag new leads with (comma separated)" autoComplete="off" placeholder="website, inbound" />
            <FormField
              control={form.control}
              name="isActive"
              render={({ field }) => (
                <FormItem className="flex flex-row items-start gap-3">
                  <FormControl>
                    <Switch checked={field.value} onCheckedChange={field.onChange} />
                  </FormControl>
                  <div className="grid gap-1">
                    <FormLabel>Accepting submissions</FormLabel>
                    <FormDescription>When off, the hosted page and embeds show “not found” and the endpoint refuses posts.</FormDescription>
                  </div>
                </FormItem>
              )}
            />
          </Section>
        </fieldset>
        {canEdit ? (
          <div className="sticky bottom-0 mt-6 grid gap-3 border-t bg-background/95 py-4 backdrop-blur supports-[backdrop-filter]:bg-background/80">
            <FormRootError control={form.control} />
            <div className="flex items-center gap-3">
              <SubmitButton isPending={isPending} pendingLabel="Saving…">
                {formId ? 'Save changes' : 'Create form'}
              </SubmitButton>
              {form.formState.isDirty && formId ? <span className="text-sm text-muted-foreground">You have unsaved changes.</span> : null}
            </div>
          </div>
        ) : null}
      </form>
    </Form>
  );
}
