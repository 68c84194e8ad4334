import type { AiProviderKind, ReplyDraftStatus } from '@/db/schema/values';
import type { ReplyEmailRecord } from '@/lib/ai/replies/reply-email-record';

/** One draft as the card shows it (the shape lib/ai/replies/queries lists). */
export type ReplyDraftView = {
  id: string;
  kind: string;
  subject: string;
  body: string;
  status: ReplyDraftStatus;
  provider: AiProviderKind;
  sentAt: Date | null;
  sentByName: string | null;
  sentByEmail: string | null;
  /** Beacon's stored copy of the email it went out as (or may have); null before any send. */
  email: ReplyEmailRecord | null;
  createdAt: Date;
  updatedAt: Date;
};

export type ReplyLead = { name: string; email: string | null };

export const FIRST_RESPONSE = 'first_response';

export function draftKindLabel(kind: string) {
  return kind === FIRST_RESPONSE ? 'First response' : 'Drafted by the assistant';
}

/**
 * Changes whenever the stored draft does (status or text), so a revalidated page resets the card's form; a
 * send that came back to draft with the same text keeps the form, and its error, on screen.
 */
export function draftVersionKey(draft: Pick<ReplyDraftView, 'id' | 'status' | 'subject' | 'body'>) {
  let hash = 5381;
  for (const char of `${draft.subject}\u0000${draft.body}`) hash = ((hash * 33) ^ char.charCodeAt(0)) >>> 0;
  return `${draft.id}:${draft.status}:${hash.toString(36)}`;
}
