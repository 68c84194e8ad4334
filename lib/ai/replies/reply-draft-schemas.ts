import { z } from 'zod';

export const REPLY_SUBJECT_MAX = 150;
export const REPLY_BODY_MAX = 5_000;

/** The first response's kind; the chat assistant's drafts are `assistant:<…>`. */
export const FIRST_RESPONSE_KIND = 'first_response';

const subject = z.string().trim().min(1, 'Write a subject.').max(REPLY_SUBJECT_MAX, `Keep the subject under ${REPLY_SUBJECT_MAX} characters.`);
const body = z.string().trim().min(1, 'Write the message.').max(REPLY_BODY_MAX, `Keep the message under ${REPLY_BODY_MAX.toLocaleString('en-US')} characters.`);

/** What the model must return (structured output): a subject and a plain-text body. */
export const replyDraftOutputSchema = z.object({
  subject: z.string().max(REPLY_SUBJECT_MAX).describe('Email subject line, plain text'),
  body: z.string().max(REPLY_BODY_MAX).describe('Email body, plain text, paragraphs separated by blank lines, ending with a signature'),
});
export type ReplyDraftOutput = z.infer<typeof replyDraftOutputSchema>;

/** The editable part of a draft, shared by the card's form and the save/approve actions. */
export const replyDraftContentSchema = z.object({ subject, body });
export type ReplyDraftContent = z.infer<typeof replyDraftContentSchema>;

export const saveReplyDraftSchema = replyDraftContentSchema.extend({ draftId: z.uuid() });
export type SaveReplyDraftInput = z.infer<typeof saveReplyDraftSchema>;

/** Approving sends exactly what the person saw in the form. */
export const approveReplyDraftSchema = saveReplyDraftSchema;
export type ApproveReplyDraftInput = SaveReplyDraftInput;

export const discardReplyDraftSchema = z.object({ draftId: z.uuid() });
export type DiscardReplyDraftInput = z.infer<typeof discardReplyDraftSchema>;

/** Writes a new first response for the lead, replacing an unsent one (or creating it when there is none). */
export const regenerateReplyDraftSchema = z.object({ leadId: z.uuid() });
export type RegenerateReplyDraftInput = z.infer<typeof regenerateReplyDraftSchema>;

/** A person settles a draft whose sending could not be confirmed, after checking its delivery status. */
export const resolveReplyDraftSchema = z.object({ draftId: z.uuid(), outcome: z.enum(['sent', 'not_sent']) });
export type ResolveReplyDraftInput = z.infer<typeof resolveReplyDraftSchema>;

// A send that has not finished after this long died with its process (the provider call times out far sooner).
const STALE_SENDING_MS = 5 * 60_000;

/** A draft stuck in `sending`: a person may settle it like an unconfirmed one. */
export function isStaleSending(draft: { status: string; updatedAt: Date | string }, now: Date) {
  return draft.status === 'sending' && now.getTime() - new Date(draft.updatedAt).getTime() > STALE_SENDING_MS;
}
