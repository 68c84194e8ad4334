import { Resend } from 'resend';
import type { EmailProvider, OutgoingEmail } from './types';

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
        tags: [{ name: 'category', value: message.tag.replace(/[^A-Za-z0-9_-]/g, '_') }],
      });
      if (error) throw new Error(`Resend refused the message: ${error.message}`);
      return { providerMessageId: data?.id };
    },
  };
}
