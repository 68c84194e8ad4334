'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { CircleCheck, LoaderCircle } from 'lucide-react';
import { useAction } from 'next-safe-action/hooks';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { readLanding } from '@/components/analytics/landing-store';
import { TextField } from '@/components/forms/text-field';
import { TextareaField } from '@/components/forms/textarea-field';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Form } from '@/components/ui/form';
import { submitContactAction } from '@/lib/actions/marketing/submit-contact';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { contactSubmissionSchema } from '@/lib/leads/capture/contact-schema';

// Browsers allow very long URLs; the action accepts up to 2,000 characters of each.
const clip = (value: string | undefined) => value?.slice(0, 2_000);

/**
 * The marketing site's contact form. Everything runs in the browser and through a server action, so the
 * page that renders it stays static. Two hidden spam checks ride along: a honeypot input people never
 * see, and the time the form was shown.
 */
export function ContactForm() {
  const form = useForm({
    resolver: zodResolver(contactSubmissionSchema),
    defaultValues: { name: '', email: '', company: '', message: '', website: '' },
  });
  // Set after mount, not during render: a static page's HTML is built long before anyone opens it.
  useEffect(() => {
    form.setValue('_started', Date.now());
  }, [form]);
  const { execute, isPending, hasSucceeded, result } = useAction(submitContactAction, {
    onError: ({ error }) => applyActionErrors(form, error),
  });

  if (hasSucceeded && result.data) {
    return (
      <div role="status" className="flex gap-3 rounded-lg border border-emerald-600/30 bg-emerald-600/5 p-4 text-emerald-900 dark:text-emerald-200">
        <CircleCheck className="mt-0.5 size-5 shrink-0" aria-hidden />
        <div className="grid gap-1">
          <p className="font-medium">Message sent</p>
          <p className="text-sm">{result.data.message}</p>
        </div>
      </div>
    );
  }

  return (
    <Form {...form}>
      <form
        onSubmit={form.handleSubmit((values) => {
          const landing = readLanding();
          execute({ ...values, landingPage: clip(landing.landingPage), referrer: clip(landing.referrer) });
        })}
        className="grid gap-4"
        noValidate
        aria-label="Contact us"
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField control={form.control} name="name" label="Name" autoComplete="name" />
          <TextField control={form.control} name="email" label="Email" type="email" autoComplete="email" placeholder="you@example.com" />
        </div>
        <TextField control={form.control} name="company" label="Company (optional)" autoComplete="organization" />
        <TextareaField control={form.control} name="message" label="Message" rows={6} placeholder="What would you like to talk about?" />
        {/* The honeypot: off-screen, skipped by the keyboard and hidden from screen readers, so only bots fill it. */}
        <div className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden" aria-hidden="true">
          <label htmlFor="contact-website">Website (leave empty)</label>
          <input id="contact-website" type="text" tabIndex={-1} autoComplete="off" aria-hidden="true" {...form.register('website')} />
        </div>
        <FormRootError control={form.control} />
        <Button type="submit" disabled={isPending} className="justify-self-start">
          {isPending ? (
            <>
              <LoaderCircle className="animate-spin" aria-hidden />
              Sending…
            </>
          ) : (
            'Send message'
          )}
        </Button>
      </form>
    </Form>
  );
}
