import type { SendPersonalEmailInput } from '@/lib/email/send-email';

export const LEAD_REPLY_TAG = 'lead.reply';

type Sender = { name: string | null; email: string };

/**
 * The approved reply as a personal email: the text the person approved, signed with their name, no Beacon
 * layout. It leaves from Beacon's address under the sender's name, and the lead's answer goes to the sender.
 */
export function leadReplyEmail({ to, subject, body, sender, businessName }: { to: string; subject: string; body: string; sender: Sender; businessName: string }): SendPersonalEmailInput {
  const senderName = sender.name?.trim() || null;
  return {
    to,
    subject,
    tag: LEAD_REPLY_TAG,
    personal: { body, senderName },
    replyTo: sender.email,
    fromName: senderName ? `${senderName} (${businessName})` : businessName,
  };
}
