'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { CircleCheck } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, type FieldValues } from 'react-hook-form';
import { sendAnalyticsBeacon } from '@/components/analytics/send-beacon';
import { SubmitButton } from '@/components/forms/submit-button';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Form } from '@/components/ui/form';
import { buildSubmissionSchema } from '@/lib/leads/capture/submission-schema';
import { customFieldKeyOf, toCustomFieldKey } from '@/lib/leads/forms/field-keys';
import type { HostedForm as HostedFormData } from '@/lib/leads/forms/hosted-form';
import { requestEmbedContext, type EmbedContext } from './embed-context';
import { HostedFormField } from './hosted-form-field';
import { postSubmission, submissionUrl } from './post-submission';

type Props = { form: Omit<HostedFormData, 'orgName' | 'title' | 'description'>; embedded: boolean };

/** Sends the visitor on: the whole page when embedded (the iframe alone would be a poor thank-you page). */
function goTo(url: string, embedded: boolean) {
  if (embedded && window.top && window.top !== window) {
    try {
      window.top.location.href = url;
      return;
    } catch {
      // Browsers may refuse a framed page moving its parent; the frame then shows the page itself.
    }
  }
  window.location.href = url;
}

export function SuccessMessage({ message }: { message: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // Moves focus to the confirmation so keyboard and screen-reader users learn the form was sent.
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="status" className="flex items-start gap-3 rounded-lg border bg-muted/40 p-4 text-sm outline-none">
      <CircleCheck className="mt-0.5 size-5 shrink-0 text-primary" aria-hidden />
      <p className="whitespace-pre-line">{message}</p>
    </div>
  );
}

/** The visitor-facing form: validates with the endpoint's own schema, posts JSON and shows the answer. */
export function HostedForm({ form: data, embedded }: Props) {
  const schema = useMemo(() => buildSubmissionSchema(data.fields, data.customFields), [data.fields, data.customFields]);
  const form = useForm<FieldValues>({
    resolver: zodResolver(schema),
    defaultValues: Object.fromEntries(data.fields.map((field) => [field.key, ''])),
  });
  const [done, setDone] = useState<string | null>(null);
  const startedAt = useRef(0);
  const honeypot = useRef<HTMLInputElement>(null);
  const viewSent = useRef(false);
  const embedContext = useRef<EmbedContext | null>(null);

  useEffect(() => {
    // When the form appeared: a submission faster than a person could type is treated as a bot.
    startedAt.current = Date.now();
    if (viewSent.current) return;
    viewSent.current = true;
    sendAnalyticsBeacon({ type: 'form_view', formId: data.id });
  }, [data.id]);

  useEffect(() => {
    if (!embedded) return;
    return requestEmbedContext(window, data.id, (context) => {
      embedContext.current = context;
    });
  }, [data.id, embedded]);

  async function onSubmit(values: FieldValues) {
    // Embedded, the host page's address and referrer (from embed.js) say where the visitor came from; the
    // frame's own referrer is just the host page. Without embed.js the frame's own values are all there is.
    const host = embedContext.current;
    const outcome = await postSubmission(data.id, {
      ...values,
      website: honeypot.current?.value ?? '',
      _started: startedAt.current,
      landingPage: host ? host.landingPage : window.location.href,
      referrer: host ? host.referrer : document.referrer || undefined,
    });
    if (outcome.kind === 'success') {
      if (outcome.redirectUrl) goTo(outcome.redirectUrl, embedded);
      else setDone(outcome.message);
      return;
    }
    if (outcome.kind === 'invalid') {
      const known = new Set(data.fields.map((field) => field.key));
      const unplaced = outcome.fieldErrors.filter((error) => !known.has(error.field));
      for (const error of outcome.fieldErrors) {
        if (known.has(error.field)) form.setError(error.field, { type: 'server', message: error.message }, { shouldFocus: true });
      }
      if (unplaced.length > 0 || outcome.fieldErrors.length === 0) form.setError('root.server', { type: 'server', message: unplaced[0]?.message ?? outcome.message });
      return;
    }
    form.setError('root.server', { type: 'server', message: outcome.message });
  }

  if (done !== null) return <SuccessMessage message={done} />;

  const definitions = new Map(data.customFields.map((definition) => [toCustomFieldKey(definition.key), definition]));
  return (
    <Form {...form}>
      {/* action/method: without JavaScript the browser posts the fields itself and the endpoint redirects back
          (to the embedded layout when embedded). */}
      <form action={submissionUrl(data.id, { embed: embedded })} method="post" noValidate onSubmit={(event) => form.handleSubmit(onSubmit)(event)} className="grid gap-4">
        {data.fields.map((field) =>
          customFieldKeyOf(field.key) !== null && !definitions.has(field.key) ? null : (
            <HostedFormField key={field.key} control={form.control} field={field} definition={definitions.get(field.key)} />
          ),
        )}
        {/* The honeypot: hidden from people and assistive tech, tempting to bots that fill every input. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor={`website-${data.id}`}>Website</label>
          <input ref={honeypot} id={`website-${data.id}`} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <FormRootError control={form.control} />
        <SubmitButton isPending={form.formState.isSubmitting} pendingLabel="Sending…" className="w-full sm:w-fit">
          {data.submitLabel}
        </SubmitButton>
      </form>
    </Form>
  );
}
