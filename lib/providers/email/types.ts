export type OutgoingEmail = { to: string; from: string; subject: string; html: string; text: string; tag: string };

export type EmailDelivery = { providerMessageId?: string };

/** A way to deliver email. The outbox stores only (the stored row is the delivery); Resend sends. */
export interface EmailProvider {
  readonly name: 'resend' | 'outbox';
  deliver(message: OutgoingEmail): Promise<EmailDelivery>;
}
