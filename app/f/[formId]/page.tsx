import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { EmbedHeight } from '@/components/forms-builder/hosted/embed-height';
import { HostedForm, SuccessMessage } from '@/components/forms-builder/hosted/hosted-form';
import { PlainPostErrorNotice } from '@/components/forms-builder/hosted/plain-post-error';
import { getDb } from '@/db';
import { isAppError } from '@/lib/errors';
import { readPlainPostError } from '@/lib/leads/capture/hosted-form-path';
import { getHostedForm } from '@/lib/leads/forms/hosted-form';

type Props = { params: Promise<{ formId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Metadata and the page ask for the same form within one request: one query.
const loadForm = cache(async (formId: string) => {
  try {
    return await getHostedForm(getDb(), formId);
  } catch (error) {
    // Unknown, malformed and paused forms look the same to visitors.
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const form = await loadForm((await params).formId);
  // A customer's form, not a Beacon page: no site-name suffix, and kept out of search results.
  return { title: { absolute: `${form.title} · ${form.orgName}` }, description: form.description ?? undefined, robots: { index: false } };
}

// GET /f/{formId} — a workspace's lead form for visitors; ?embed=1 inside an iframe, ?submitted=1 after a plain
// HTML post, ?error=invalid|rate_limited when the endpoint turned one away
export default async function HostedFormPage({ params, searchParams }: Props) {
  const [{ formId }, query] = await Promise.all([params, searchParams]);
  const { orgName, title, description, ...form } = await loadForm(formId);
  const embedded = query.embed === '1';
  const submitted = query.submitted === '1';
  const error = submitted ? null : readPlainPostError(query.error);

  const content = (
    <div className="grid gap-5">
      <header className="grid gap-2">
        <p className="text-xs font-medium text-muted-foreground">{orgName}</p>
        <h1 className="text-2xl font-semibold tracking-tight text-balance">{title}</h1>
        {description ? <p className="whitespace-pre-line text-sm text-muted-foreground">{description}</p> : null}
      </header>
      {error ? <PlainPostErrorNotice error={error} /> : null}
      {submitted ? <SuccessMessage message={form.successMessage} /> : <HostedForm form={form} embedded={embedded} />}
    </div>
  );

  // Embedded: no outer padding or card (the host page frames it); a sliver of padding keeps focus rings visible.
  if (embedded) {
    return (
      <EmbedHeight formId={form.id}>
        <div className="p-1">{content}</div>
      </EmbedHeight>
    );
  }
  return (
    <div className="flex min-h-dvh items-start justify-center bg-muted/40 px-4 py-10 sm:py-16">
      <div className="w-full max-w-lg rounded-xl border bg-background p-6 shadow-sm sm:p-8">{content}</div>
    </div>
  );
}
