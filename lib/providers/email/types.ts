export type OutgoingEmail = {
  to: string;
  from: string;
  subject: string;
  html: string;
  text: string;
  tag: string;
  /** Where the recipient's answer goes (the Reply-To header); unset, answers go to `from`. */
  replyTo?: string;
};

export type EmailDelivery = { providerMessageId?: string };

/** A way to deliver email. The outbox stores only (the stored row is the delivery); Resend sends. */
export interface EmailProvider {
  readonly name: 'resend' | 'outbox';
  deliver(message: OutgoingEmail): Promise<EmailDelivery>;
}

/**
 * The provider answered and refused the message (HTTP 4xx: a bad address, a rate limit, a revoked key), so it
 * was not sent and sending it again cannot deliver it twice. Anything else a provider throws (a timeout, a
 * network error, a 5xx) leaves open whether the message went out.
 */
export class EmailRefusedError extends Error {
  readonly statusCode: number;

  constructor(message: string, statusCode: number) {
    super(message);
    this.name = 'EmailRefusedError';
    this.statusCode = statusCode;
  }
}
