import { env } from '@/lib/env';
import { outboxProvider } from './outbox-provider';
import { createResendProvider } from './resend-provider';
import type { EmailProvider } from './types';

let provider: EmailProvider | undefined;

export function getEmailProvider(): EmailProvider {
  provider ??= env.RESEND_API_KEY ? createResendProvider(env.RESEND_API_KEY) : outboxProvider;
  return provider;
}

export const DEFAULT_FROM = 'Beacon <no-reply@beacon.localhost>';

export function getFromAddress(): string {
  return env.EMAIL_FROM ?? DEFAULT_FROM;
}

export { EmailRefusedError, type EmailProvider, type OutgoingEmail } from './types';
