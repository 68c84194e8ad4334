'use client';

import { Ban, Check, CircleAlert, Loader2, ShieldQuestion, TriangleAlert } from 'lucide-react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { readString, resultLink } from './tool-links';
import { useTimeZone } from './use-time-zone';
import { useWriteToolLead, type LeadRef } from './write-tool-lead';
import { describeWriteTool, writeToolDoneText } from './write-tool-text';

type WriteToolCardProps = {
  orgSlug: string;
  toolName: string;
  label: string;
  state: string;
  input: unknown;
  output?: unknown;
  errorText?: string;
  approval?: { id: string; approved?: boolean };
  /** Lead names seen in the conversation; the lead a proposal targets is looked up in the workspace instead. */
  leadNames: ReadonlyMap<string, string>;
  /** False while a response streams: an answer given then would not be sent on. */
  canRespond: boolean;
  onRespond: (approvalId: string, approved: boolean) => void;
};

function Status({ icon, children, tone = 'muted' }: { icon: ReactNode; children: ReactNode; tone?: 'muted' | 'success' | 'error' }) {
  const color = tone === 'success' ? 'text-emerald-700 dark:text-emerald-400' : tone === 'error' ? 'text-destructive' : 'text-muted-foreground';
  return <p className={`flex flex-wrap items-center gap-1.5 text-sm ${color}`}>{icon}{children}</p>;
}

type LeadLookup = ReturnType<typeof useWriteToolLead>;

/** Whom the proposal is for, as the workspace knows the lead; a lead it cannot find is a warning. */
function LeadLine({ lookup }: { lookup: LeadLookup }) {
  if (lookup.isPending) {
    return <p className="text-sm text-muted-foreground">Looking up the lead…</p>;
  }
  if (lookup.isError) {
    return (
      <p role="alert" className="flex flex-wrap items-center gap-1.5 text-sm text-destructive">
        <CircleAlert className="size-4" aria-hidden />
        Could not look up the lead: {lookup.error.message}
        <Button type="button" size="sm" variant="link" className="h-auto p-0" onClick={() => void lookup.refetch()}>
          Try again
        </Button>
      </p>
    );
  }
  if (!lookup.data) {
    return (
      <p role="alert" className="flex items-start gap-1.5 text-sm font-medium text-destructive">
        <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
        This lead is not in this workspace (it may have been deleted), so this cannot be approved. Deny it and ask again.
      </p>
    );
  }
  return (
    <p className="text-sm">
      For <span className="font-medium">{lookup.data.name}</span> <span className="text-muted-foreground">{lookup.data.email ?? '(no email address)'}</span>
    </p>
  );
}

/** The conversation's lead names, with the looked-up lead's own name taking precedence. */
function withLead(leadNames: ReadonlyMap<string, string>, lead: LeadRef | undefined): ReadonlyMap<string, string> {
  return lead ? new Map([...leadNames, [lead.id, lead.name]]) : leadNames;
}

/**
 * A change the assistant wants to make. Until a person answers it is a confirmation card saying exactly
 * what will happen (built from the tool's input, not from the model's prose) and naming the lead it targets
 * as the workspace knows it; afterwards it shows the outcome.
 */
export function WriteToolCard({ orgSlug, toolName, label, state, input, output, errorText, approval, leadNames, canRespond, onRespond }: WriteToolCardProps) {
  const timeZone = useTimeZone();
  const leadId = readString(input, 'leadId');
  const lookup = useWriteToolLead(orgSlug, leadId, state === 'approval-requested');
  const names = withLead(leadNames, lookup.data);
  const text = describeWriteTool(toolName, input, { leadNames: names, now: new Date(), timeZone });

  if (state === 'input-streaming' || state === 'input-available') {
    return <Status icon={<Loader2 className="size-4 animate-spin motion-reduce:animate-none" aria-hidden />}>Preparing: {label.toLowerCase()}…</Status>;
  }
  if (state === 'output-available') {
    const link = resultLink(orgSlug, toolName, input, output);
    return (
      <Status tone="success" icon={<Check className="size-4" aria-hidden />}>
        <span>{writeToolDoneText(toolName, input, names)}.</span>
        {link ? (
          <Link href={link.href} className="font-medium text-primary underline underline-offset-2">
            {link.label}
          </Link>
        ) : null}
      </Status>
    );
  }
  if (state === 'output-denied' || (state === 'approval-responded' && approval?.approved === false)) {
    return (
      <Status icon={<Ban className="size-4" aria-hidden />}>
        <span>
          Declined: <span className="line-through decoration-muted-foreground/60">{text.summary}</span>. Nothing was changed.
        </span>
      </Status>
    );
  }
  if (state === 'output-error') {
    return <Status tone="error" icon={<CircleAlert className="size-4" aria-hidden />}>Could not finish “{text.summary}”: {errorText || 'the action failed'}.</Status>;
  }
  if (state === 'approval-responded') {
    return <Status icon={<Loader2 className="size-4 animate-spin motion-reduce:animate-none" aria-hidden />}>Approved. Carrying it out…</Status>;
  }

  // approval-requested: the person decides, once the lead (if any) is known to be one of this workspace.
  const headingId = `approval-${approval?.id ?? toolName}`;
  const leadConfirmed = !leadId || Boolean(lookup.data);
  return (
    <section aria-labelledby={headingId} className="grid gap-2 rounded-lg border border-amber-300 bg-amber-50/60 p-3 dark:border-amber-700/60 dark:bg-amber-950/20">
      <p className="flex items-center gap-1.5 text-xs font-medium text-amber-900 dark:text-amber-300">
        <ShieldQuestion className="size-3.5" aria-hidden />
        Needs your approval · {label}
      </p>
      <h3 id={headingId} className="text-sm font-medium">
        {text.summary}
      </h3>
      {leadId ? (
        <div aria-live="polite">
          <LeadLine lookup={lookup} />
        </div>
      ) : null}
      {text.detail ? <p className="max-h-48 overflow-y-auto whitespace-pre-wrap rounded border bg-background p-2 text-sm">{text.detail}</p> : null}
      {text.note ? <p className="text-xs text-muted-foreground">{text.note}</p> : null}
      <div className="flex flex-wrap gap-2">
        <Button size="sm" aria-describedby={headingId} disabled={!canRespond || !approval || !leadConfirmed} onClick={() => approval && onRespond(approval.id, true)}>
          <Check aria-hidden />
          Approve
        </Button>
        <Button size="sm" variant="outline" aria-describedby={headingId} disabled={!canRespond || !approval} onClick={() => approval && onRespond(approval.id, false)}>
          <Ban aria-hidden />
          Deny
        </Button>
      </div>
    </section>
  );
}
