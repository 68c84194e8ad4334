// Sends a hosted form's values to the public endpoint and turns every answer into something the form
// can show. No React here, so the answer handling is tested on its own.

import { isHttpUrl } from '@/lib/http/urls';

export type SubmissionOutcome =
  | { kind: 'success'; message: string; redirectUrl: string | null }
  | { kind: 'invalid'; fieldErrors: { field: string; message: string }[]; message: string }
  | { kind: 'failed'; message: string };

export type SubmissionBody = Record<string, unknown> & {
  website: string;
  _started: number;
  landingPage?: string;
  referrer?: string;
};

const GENERIC = 'Your message could not be sent. Please try again.';

type Problem = { detail?: unknown; errors?: { path?: unknown; field?: unknown; message?: unknown }[] };

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

function retryHint(response: Response) {
  const seconds = Number(response.headers.get('retry-after'));
  if (!Number.isFinite(seconds) || seconds <= 0) return 'Please wait a moment and try again.';
  const minutes = Math.ceil(seconds / 60);
  return seconds < 90 ? `Please try again in ${Math.ceil(seconds)} seconds.` : `Please try again in ${minutes} minutes.`;
}

/** The endpoint; `embed` asks it to send a plain HTML post back to the embedded thank-you page. */
export function submissionUrl(formId: string, { embed = false }: { embed?: boolean } = {}) {
  return `/api/v1/forms/${encodeURIComponent(formId)}/submissions${embed ? '?embed=1' : ''}`;
}

export async function postSubmission(formId: string, body: SubmissionBody, fetchImpl: typeof fetch = fetch): Promise<SubmissionOutcome> {
  let response: Response;
  try {
    response = await fetchImpl(submissionUrl(formId), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      // The endpoint never needs the visitor's cookies, and an embedding site should not send them.
      credentials: 'omit',
      body: JSON.stringify(body),
    });
  } catch {
    return { kind: 'failed', message: 'Your message could not be sent. Check your connection and try again.' };
  }
  const data = await readJson(response);
  if (response.ok) {
    const { message, redirectUrl } = (data ?? {}) as { message?: unknown; redirectUrl?: unknown };
    return {
      kind: 'success',
      message: typeof message === 'string' && message ? message : 'Thank you! Your message has been sent.',
      redirectUrl: typeof redirectUrl === 'string' && isHttpUrl(redirectUrl) ? redirectUrl : null,
    };
  }
  const problem = (data ?? {}) as Problem;
  if (response.status === 422) {
    const fieldErrors = (problem.errors ?? []).flatMap((error) => {
      const field = typeof error.path === 'string' ? error.path : typeof error.field === 'string' ? error.field : null;
      return field && typeof error.message === 'string' ? [{ field, message: error.message }] : [];
    });
    return { kind: 'invalid', fieldErrors, message: typeof problem.detail === 'string' ? problem.detail : 'Please check the highlighted fields.' };
  }
  if (response.status === 429) return { kind: 'failed', message: `Too many messages were sent from here just now. ${retryHint(response)}` };
  if (response.status === 404) return { kind: 'failed', message: 'This form is no longer accepting responses.' };
  return { kind: 'failed', message: GENERIC };
}
