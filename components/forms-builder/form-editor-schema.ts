import { z } from 'zod';
import type { LeadForm } from '@/db/schema/forms';
import {
  DEFAULT_FORM_FIELDS,
  formFieldsSchema,
  formInputSchema,
  isHttpUrl,
  MAX_FORM_TAGS,
  MAX_NOTIFY_EMAILS,
  type FormInputValues,
} from '@/lib/leads/forms/form-schemas';

// The editor's own shape of a form: lists are typed as text and "after submit" is an explicit choice.
// It reuses the shared rules and converts to the action's input on save, which re-checks everything.

/** "a@x.test, b@x.test" or one per line → the trimmed, non-empty items. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

const listText = (check: (items: string[]) => string | null) =>
  z.string().superRefine((text, issue) => {
    const message = check(splitList(text));
    if (message) issue.addIssue({ code: 'custom', message });
  });

const emailSchema = z.email();
// The database default too: also what a redirecting form answers API clients that do not follow redirects.
const DEFAULT_SUCCESS_MESSAGE = 'Thanks! We will be in touch soon.';

export const formEditorSchema = z
  .object({
    name: formInputSchema.shape.name,
    title: formInputSchema.shape.title,
    description: z.string().trim().max(1000, 'Keep the description under 1,000 characters.'),
    fields: formFieldsSchema,
    submitLabel: formInputSchema.shape.submitLabel,
    afterSubmit: z.enum(['message', 'redirect']),
    // Required only while it is the chosen outcome (see below); a hidden, emptied box must not block saving.
    successMessage: z.string().trim().max(500, 'Keep the message under 500 characters.'),
    redirectUrl: z.string().trim().max(2000),
    notifyEmails: listText((emails) => {
      if (emails.length > MAX_NOTIFY_EMAILS) return `Notify at most ${MAX_NOTIFY_EMAILS} addresses.`;
      const bad = emails.find((email) => !emailSchema.safeParse(email).success);
      return bad ? `“${bad}” is not a valid email address.` : null;
    }),
    tags: listText((tags) => {
      if (tags.length > MAX_FORM_TAGS) return `Use at most ${MAX_FORM_TAGS} tags.`;
      return tags.some((tag) => tag.length > 50) ? 'Keep each tag under 50 characters.' : null;
    }),
    isActive: z.boolean(),
  })
  .superRefine((values, issue) => {
    if (values.afterSubmit === 'message' && !values.successMessage) {
      issue.addIssue({ code: 'custom', message: 'Enter the message shown after sending.', path: ['successMessage'] });
    }
    if (values.afterSubmit !== 'redirect') return;
    if (!values.redirectUrl) issue.addIssue({ code: 'custom', message: 'Enter the address to send visitors to.', path: ['redirectUrl'] });
    else if (!isHttpUrl(values.redirectUrl)) issue.addIssue({ code: 'custom', message: 'Enter a full http:// or https:// address.', path: ['redirectUrl'] });
  });

export type FormEditorValues = z.input<typeof formEditorSchema>;

/** The editor's values for a saved form, or for a new one. */
export function toEditorValues(form?: Pick<LeadForm, 'name' | 'title' | 'description' | 'fields' | 'submitLabel' | 'successMessage' | 'redirectUrl' | 'notifyEmails' | 'tags' | 'isActive'>): FormEditorValues {
  if (!form) {
    return {
      name: '',
      title: 'Get in touch',
      description: '',
      fields: DEFAULT_FORM_FIELDS.map((field) => ({ ...field })),
      submitLabel: 'Send',
      afterSubmit: 'message',
      successMessage: DEFAULT_SUCCESS_MESSAGE,
      redirectUrl: '',
      notifyEmails: '',
      tags: '',
      isActive: true,
    };
  }
  return {
    name: form.name,
    title: form.title,
    description: form.description ?? '',
    fields: form.fields.map((field) => ({ ...field })),
    submitLabel: form.submitLabel,
    afterSubmit: form.redirectUrl ? 'redirect' : 'message',
    successMessage: form.successMessage,
    redirectUrl: form.redirectUrl ?? '',
    notifyEmails: form.notifyEmails.join(', '),
    tags: form.tags.join(', '),
    isActive: form.isActive,
  };
}

/** The action's input: the redirect only when chosen (the message is kept for a later switch back). */
export function toFormInput(values: z.output<typeof formEditorSchema>): FormInputValues {
  const { afterSubmit, notifyEmails, tags, redirectUrl, successMessage, ...rest } = values;
  return {
    ...rest,
    successMessage: successMessage || DEFAULT_SUCCESS_MESSAGE,
    redirectUrl: afterSubmit === 'redirect' ? redirectUrl : null,
    notifyEmails: splitList(notifyEmails),
    tags: splitList(tags),
  };
}
