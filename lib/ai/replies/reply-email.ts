import type { SendEmailInput } from '@/lib/email/send-email';

export const LEAD_REPLY_TAG = 'lead.reply';

type Sender = { name: string | null; email: string };

/**
 * The approved reply in the shared email layout (lib/email/send-email renders only that one). Beacon sends
 * from its own address, so the button and footnote point the lead at the person who approved it.
 */
export function leadReplyEmail({ to, subject, body, sender, businessName }: { to: string; subject: string; body: string; sender: Sender; businessName: string }): SendEmailInput {
  const senderName = sender.name?.trim() || sender.email;
  // The layout renders one paragraph per entry; a line break inside one would collapse in HTML.
  const paragraphs = body.split(/\r?\n/).map((text) => text.trim()).filter(Boolean);
  const replyUrl = `mailto:${sender.email}?subject=${encodeURIComponent(`Re: ${subject}`)}`;
  return {
    to,
    subject,
    tag: LEAD_REPLY_TAG,
    props: {
      preview: paragraphs.slice(0, 2).join(' ').slice(0, 140),
      heading: subject,
      paragraphs,
      action: { label: `Reply to ${senderName}`, url: replyUrl },
      footnote: `${senderName} (${businessName}) sent you this reply to your message. To answer, write to ${sender.email}.`,
    },
  };
}
