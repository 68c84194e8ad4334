import { render } from '@react-email/render';
import { createElement } from 'react';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { emailMessages } from '@/db/schema';
import { log } from '@/lib/log';
import { getEmailProvider, getFromAddress, type EmailProvider } from '@/lib/providers/email';
import { ActionEmail, type ActionEmailProps } from './templates/action-email';
import { renderPersonalEmail, type PersonalEmailProps } from './templates/personal-email';

// Links that carry a secret (sign-in, reset, verification, invitation tokens).
const SECRET_LINK = /https?:\/\/[^\s"'<>]*(?:token=|\/invite\/|\/callback\/)[^\s"'<>]*/g;

/**
 * What Beacon keeps of a message. The outbox is the delivery, so it keeps everything; once a real provider
 * has the message, a stored copy of a working sign-in or reset link would only be a way into the account.
 */
export function storedBody(body: string, providerName: string): string {
  return providerName === 'outbox' ? body : body.replace(SECRET_LINK, '[link removed after sending]');
}

type EmailEnvelope = {
  to: string;
  subject: string;
  tag: string;
  /** Where the recipient's answer goes, when not to the sending address. */
  replyTo?: string;
  /** Replaces the display name of the sending address (the address itself stays Beacon's). */
  fromName?: string;
};

/** One of Beacon's own messages, in the action layout. */
export type SendEmailInput = EmailEnvelope & { props: ActionEmailProps };

/** A message one person writes to another (a reply to a lead), in the plain template. */
export type SendPersonalEmailInput = EmailEnvelope & { personal: PersonalEmailProps };

/** The configured sending address with another display name, quoted so no character in it can change the header. */
export function withDisplayName(from: string, name: string): string {
  const address = /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from.trim();
  const safe = name.replace(/[\u0000-\u001f\u007f"\\<>]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return safe ? `"${safe}" <${address}>` : from;
}

async function renderContent(input: SendEmailInput | SendPersonalEmailInput): Promise<{ html: string; text: string }> {
  if ('personal' in input) return renderPersonalEmail(input.personal);
  const element = createElement(ActionEmail, input.props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}

/**
 * Renders and sends one email. The message is stored first, so it is never lost and staff can see it;
 * then the provider delivers it and the row records the outcome. Delivery failures are recorded, logged
 * and re-thrown for the caller to decide.
 */
export async function sendEmail(db: Db, input: SendEmailInput | SendPersonalEmailInput, provider: EmailProvider = getEmailProvider()) {
  const { html, text } = await renderContent(input);
  const from = input.fromName ? withDisplayName(getFromAddress(), input.fromName) : getFromAddress();
  const message = { to: input.to, from, subject: input.subject, html, text, tag: input.tag, replyTo: input.replyTo };
  const [row] = await db
    .insert(emailMessages)
    .values({
      provider: provider.name,
      toAddress: message.to,
      fromAddress: message.from,
      subject: message.subject,
      html: storedBody(html, provider.name),
      // The table has no reply-to column; the stored text carries it so the outbox copy shows where answers go.
      text: storedBody(input.replyTo ? `Reply-To: ${input.replyTo}\n\n${text}` : text, provider.name),
      tag: message.tag,
    })
    .returning({ id: emailMessages.id });
  try {
    const delivery = await provider.deliver(message);
    const status = provider.name === 'outbox' ? 'stored' : 'sent';
    await db.update(emailMessages).set({ status, providerMessageId: delivery.providerMessageId }).where(eq(emailMessages.id, row!.id));
  } catch (error) {
    log.error({ err: error, emailId: row!.id, tag: message.tag }, 'email delivery failed');
    await db.update(emailMessages).set({ status: 'failed', error: String(error).slice(0, 500) }).where(eq(emailMessages.id, row!.id));
    throw error;
  }
  return { id: row!.id };
}
