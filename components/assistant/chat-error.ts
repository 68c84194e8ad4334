import { isInAppHref } from './tool-links';

export type ChatErrorView = {
  message: string;
  /** The month's AI allowance is used up (HTTP 402): show the upgrade link instead of a retry. */
  isLimit: boolean;
  /** Where to upgrade, as the 402 names it (an in-app path). */
  upgradeUrl?: string;
  /** Retrying cannot help (the thread is gone, the session ended): no Retry button. */
  canRetry: boolean;
};

const GENERIC = 'Something went wrong. Please try again.';

/** The problem+json body of a failed request: `detail` is the server's safe message. */
function parseProblem(body: unknown): { detail?: string; upgradeUrl?: string } {
  if (typeof body !== 'string' || body === '') return {};
  try {
    const parsed = JSON.parse(body) as { detail?: unknown; upgradeUrl?: unknown };
    return {
      detail: typeof parsed.detail === 'string' && parsed.detail.trim() !== '' ? parsed.detail : undefined,
      upgradeUrl: typeof parsed.upgradeUrl === 'string' && isInAppHref(parsed.upgradeUrl) ? parsed.upgradeUrl : undefined,
    };
  } catch {
    return {};
  }
}

/**
 * What to tell the user about a failed chat request. A request the route refused before streaming is an
 * APICallError carrying the HTTP status and the problem+json body: its `detail` is written for users. A
 * 5xx or a network failure gets the generic message; an error inside the stream carries the text the
 * route chose to send (it masks internal errors), so that text is shown.
 */
export function describeChatError(error: Error): ChatErrorView {
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status === 'number') {
    const { detail, upgradeUrl } = parseProblem((error as { responseBody?: unknown }).responseBody);
    if (status === 402) {
      return { message: detail ?? 'This workspace has used its AI allowance for this month.', isLimit: true, upgradeUrl, canRetry: false };
    }
    if (status === 401) return { message: 'Your session has ended. Sign in again to keep chatting.', isLimit: false, canRetry: false };
    if (status === 404) return { message: detail ?? 'This chat no longer exists.', isLimit: false, canRetry: false };
    if (status >= 400 && status < 500) return { message: detail ?? GENERIC, isLimit: false, canRetry: status === 429 };
    return { message: GENERIC, isLimit: false, canRetry: true };
  }
  // fetch() rejects with a TypeError when the network is down; its text ("Failed to fetch") helps no one.
  if (error.name === 'TypeError' || !error.message) return { message: 'Could not reach Beacon. Check your connection and try again.', isLimit: false, canRetry: true };
  return { message: error.message, isLimit: false, canRetry: true };
}
