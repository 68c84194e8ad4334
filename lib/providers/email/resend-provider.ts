import { Resend } from 'resend';
import { EmailRefusedError, type EmailProvider, type OutgoingEmail } from './types';

/** Sends through Resend's API. `baseUrl` exists for tests against a local fake server. */
export function createResendProvider(apiKey: string, options: { baseUrl?: string } = {}): EmailProvider {
  if (options.baseUrl) process.env.RESEND_BASE_URL = options.baseUrl;
  const client = new Resend(apiKey);
  return {
    name: 'resend',
    async deliver(message: OutgoingEmail) {
      const { data, error } = await client.emails.send({
        from: message.from,
        to: message.to,
        subject: message.subject,
        html: message.html,
        text: message.text,
        ...(message.replyTo ? { replyTo: message.replyTo } : {}),
        tags: [{ name: 'category', value: message.tag.replace(/[^A-Za-z0-9_-]/g, '_') }],
      });
      if (error) {
        // The SDK reports a request that got no answer with statusCode null: only a 4xx says nothing was sent.
        const { statusCode } = error;
        if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
          throw new EmailRefusedError(`Resend refused the message (${statusCode}): ${error.message}`, statusCode);
        }
        throw new Error(`Resend did not confirm the message: ${error.message}`);
      }
      return { providerMessageId: data?.id };
    },
  };
}
