import { log } from '@/lib/log';
import type { EmailProvider } from './types';

/**
 * The offline default: the message row Beacon stores for every email is the delivery. Staff read it in
 * /admin/outbox; in development the text (with its links) is also printed to the log.
 */
export const outboxProvider: EmailProvider = {
  name: 'outbox',
  async deliver(message) {
    if (process.env.NODE_ENV === 'development') {
      log.info({ to: message.to, replyTo: message.replyTo, subject: message.subject }, `outbox email:\n${message.text}`);
    }
    return {};
  },
};
