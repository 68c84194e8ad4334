import { render } from '@react-email/render';
import { createElement } from 'react';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { emailMessages } from '@/db/schema';
import { log } from '@/lib/log';
import { getEmailProvider, getFromAddress, type EmailProvider } from '@/lib/providers/email';
import { ActionEmail, type ActionEmailProps } from './templates/action-email';

// Links that carry a secret (sign-in, reset, verification, invitation tokens).
const SECRET_LINK = /https?:\/\/[^\s"'<>]*(?:token=|\/invite\/|\/callback\/)[^\s"'<>]*/g;

/**
 * What Beacon keeps of a message. The outbox is the delivery, so it keeps everything; once a real provider
 * has the message, a stored copy of a working sign-in or reset link would only be a way into the account.
 */
export function storedBody(body: string, providerName: string): string {
  return providerName === 'outbox' ? body : body.replace(SECRET_LINK, '[link removed after sending]');
}

export type SendEmailInput = { to: string; subject: string; tag: string; props: ActionEmailProps };

/**
 * Renders and sends one email. The message is stored first, so it is never lost and staff can see it;
 * then the provider delivers it and the row records the outcome. Delivery failures are recorded, logged
 * and re-thrown for the caller to decide.
 */
export async function sendEmail(db: Db, input: SendEmailInput, provider: EmailProvider = getEmailProvider()) {
  const element = createElement(ActionEmail, input.props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  const message = { to: input.to, from: getFromAddress(), subject: input.subject, html, text, tag: input.tag };
  const [row] = await db
    .insert(emailMessages)
    .values({
      provider: provider.name,
      toAddress: message.to,
      fromAddress: message.from,
      subject: message.subject,
      html: storedBody(html, provider.name),
      text: storedBody(text, provider.name),
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
