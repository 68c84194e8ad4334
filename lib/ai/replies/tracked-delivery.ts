import { EmailRefusedError, type EmailProvider, type OutgoingEmail } from '@/lib/providers/email';

export type DeliveryOutcome = {
  /** The provider was called: from here on the message may have left. */
  reached: boolean;
  /** The provider accepted the message. */
  delivered: boolean;
  /** Set when the provider said no for sure (nothing was sent); null for a timeout or an unclear failure. */
  refusal: string | null;
};

class DeliveryTimeout extends Error {
  constructor(ms: number) {
    super(`The email provider did not answer within ${ms} ms`);
    this.name = 'DeliveryTimeout';
  }
}

/** Only the provider's explicit refusal (EmailRefusedError) says nothing went out; any other error may hide a sent message. */
function refusalOf(error: unknown): string | null {
  if (!(error instanceof EmailRefusedError)) return null;
  return error.message.trim().slice(0, 200) || `refused with status ${error.statusCode}`;
}

type TrackOptions = {
  timeoutMs: number;
  /** Runs once the message is stored and before the provider is called; if it throws, nothing is sent. */
  beforeDeliver?: (message: OutgoingEmail) => Promise<void>;
};

/**
 * Wraps a provider so the caller learns how far a failed send got: never called (nothing sent), refused for
 * sure (nothing sent), or unclear (a timeout or a lost answer: it may have been sent, so no blind retry).
 */
export function trackDelivery(base: EmailProvider, { timeoutMs, beforeDeliver }: TrackOptions) {
  const outcome: DeliveryOutcome = { reached: false, delivered: false, refusal: null };
  const provider: EmailProvider = {
    name: base.name,
    async deliver(message) {
      await beforeDeliver?.(message);
      outcome.reached = true;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new DeliveryTimeout(timeoutMs)), timeoutMs);
      });
      try {
        const delivery = await Promise.race([base.deliver(message), timeout]);
        outcome.delivered = true;
        return delivery;
      } catch (error) {
        outcome.refusal = refusalOf(error);
        throw error;
      } finally {
        clearTimeout(timer);
      }
    },
  };
  return { provider, outcome };
}
