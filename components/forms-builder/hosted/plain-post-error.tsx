import { CircleAlert } from 'lucide-react';
import type { PlainPostError } from '@/lib/leads/capture/hosted-form-path';

// A post sent by the browser itself (no JavaScript) comes back here without the typed values or field
// errors, so the message says what happened and what to do next.
export const PLAIN_POST_ERROR_MESSAGES: Record<PlainPostError, string> = {
  invalid: 'Your message was not sent: some answers were missing or not in the expected format. Please fill in the form again, with a valid email address and every required field.',
  rate_limited: 'Your message was not sent: too many messages came from your network just now. Please wait a minute and try again.',
};

/** Shown above the hosted form when the endpoint turned a plain HTML post away (`?error=`). */
export function PlainPostErrorNotice({ error }: { error: PlainPostError }) {
  return (
    <div role="alert" className="flex items-start gap-3 rounded-lg border border-destructive/30 bg-destructive/5 p-4 text-sm text-destructive">
      <CircleAlert className="mt-0.5 size-5 shrink-0" aria-hidden />
      <p>{PLAIN_POST_ERROR_MESSAGES[error]}</p>
    </div>
  );
}
