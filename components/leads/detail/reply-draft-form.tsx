'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { Send, Trash2 } from 'lucide-react';
import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { FormRootError } from '@/components/orgs/form-root-error';
import { ConfirmDialog } from '@/components/settings/confirm-dialog';
import { Button } from '@/components/ui/button';
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { approveReplyDraftAction } from '@/lib/actions/leads/reply-drafts/approve-reply-draft';
import { discardReplyDraftAction } from '@/lib/actions/leads/reply-drafts/discard-reply-draft';
import { saveReplyDraftAction } from '@/lib/actions/leads/reply-drafts/save-reply-draft';
import { replyDraftContentSchema, type ReplyDraftContent } from '@/lib/ai/replies/reply-draft-schemas';
import { actionErrorMessage, applyActionErrors } from '@/lib/forms/field-errors';
import { useLeadPage, useRefreshTimeline } from './lead-page-context';
import { RegenerateReplyButton } from './reply-draft-regenerate';
import type { ReplyDraftView, ReplyLead } from './reply-drafts-types';

/** An unsent draft: edit the subject and body, save, discard, regenerate, or approve and send it. */
export function ReplyDraftForm({ draft, lead, canRegenerate }: { draft: ReplyDraftView; lead: ReplyLead; canRegenerate: boolean }) {
  const { orgSlug } = useLeadPage();
  const refreshTimeline = useRefreshTimeline();
  const [confirm, setConfirm] = useState<'send' | 'discard' | null>(null);
  const [approved, setApproved] = useState<ReplyDraftContent | null>(null);
  const form = useForm({ resolver: zodResolver(replyDraftContentSchema), defaultValues: { subject: draft.subject, body: draft.body } });
  const onFormError = ({ error }: { error: Parameters<typeof applyActionErrors>[1] }) => {
    setConfirm(null);
    applyActionErrors(form, error);
  };

  const send = useAction(approveReplyDraftAction, {
    onSuccess: ({ data }) => {
      setConfirm(null);
      if (data.status === 'sent') {
        toast.success(`Reply sent to ${lead.name}.`);
        void refreshTimeline();
      } else {
        form.setError('root.server', { type: 'server', message: data.error });
        toast.error(data.error);
      }
    },
    onError: onFormError,
  });
  const save = useAction(saveReplyDraftAction, {
    onSuccess: () => toast.success('Draft saved.'),
    onError: onFormError,
  });
  const discard = useAction(discardReplyDraftAction, {
    onSuccess: () => {
      setConfirm(null);
      toast.success('Draft discarded.');
    },
    onError: ({ error }) => {
      setConfirm(null);
      toast.error(actionErrorMessage(error));
    },
  });
  const busy = send.isPending || save.isPending || discard.isPending;

  return (
    <Form {...form}>
      <form
        onSubmit={form.handleSubmit((values) => {
          setApproved(values);
          setConfirm('send');
        })}
        className="grid gap-3"
        noValidate
      >
        <FormField
          control={form.control}
          name="subject"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Subject</FormLabel>
              <FormControl>
                <Input {...field} disabled={busy} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="body"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Message</FormLabel>
              <FormControl>
                <Textarea {...field} rows={10} disabled={busy} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <div aria-live="polite">
          <FormRootError control={form.control} />
        </div>
        <div className="flex flex-wrap items-start gap-2">
          <Button type="submit" size="sm" disabled={busy || !lead.email}>
            <Send aria-hidden />
            Approve and send
          </Button>
          <Button
            type="button"
            variant="outline"
            size="sm"
            disabled={busy || !form.formState.isDirty}
            onClick={form.handleSubmit((values) => save.execute({ orgSlug, draftId: draft.id, ...values }))}
          >
            {save.isPending ? 'Saving…' : 'Save changes'}
          </Button>
          {canRegenerate ? <RegenerateReplyButton mode="replace" disabled={busy} /> : null}
          <Button type="button" variant="ghost" size="sm" className="text-destructive hover:text-destructive" disabled={busy} onClick={() => setConfirm('discard')}>
            <Trash2 aria-hidden />
            Discard
          </Button>
        </div>
        {!lead.email ? <p className="text-sm text-muted-foreground">Add an email address to this lead to send the reply.</p> : null}
      </form>
      <ConfirmDialog
        open={confirm === 'send'}
        onOpenChange={(open) => setConfirm(open ? 'send' : null)}
        title={`Send this reply to ${lead.name}?`}
        description={`It goes to ${lead.name} <${lead.email ?? ''}> now, exactly as written, with the subject "${approved?.subject ?? ''}". It cannot be unsent.`}
        confirmLabel="Send reply"
        pendingLabel="Sending…"
        pending={send.isPending}
        onConfirm={() => approved && send.execute({ orgSlug, draftId: draft.id, ...approved })}
      />
      <ConfirmDialog
        open={confirm === 'discard'}
        onOpenChange={(open) => setConfirm(open ? 'discard' : null)}
        title="Discard this draft?"
        description="Nothing is sent. The draft stays on the lead, marked discarded."
        confirmLabel="Discard draft"
        pendingLabel="Discarding…"
        destructive
        pending={discard.isPending}
        onConfirm={() => discard.execute({ orgSlug, draftId: draft.id })}
      />
    </Form>
  );
}
