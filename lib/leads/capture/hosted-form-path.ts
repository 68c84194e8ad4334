// Where a plain HTML post to the public endpoint sends the browser back to: the hosted form's page, with
// flags the page reads. Pure: the route builds these paths and the page parses them.

/** Why a plain HTML post was turned away: bad values (422) or too many posts (429). */
export const PLAIN_POST_ERRORS = ['invalid', 'rate_limited'] as const;
export type PlainPostError = (typeof PLAIN_POST_ERRORS)[number];

type HostedFormPathOptions = { embed?: boolean; submitted?: boolean; error?: PlainPostError };

/** `/f/<id>` with its flags. Relative on purpose: the browser stays on the origin it posted to. */
export function hostedFormPath(formId: string, { embed = false, submitted = false, error }: HostedFormPathOptions = {}) {
  const query = new URLSearchParams();
  if (submitted) query.set('submitted', '1');
  if (error) query.set('error', error);
  // An embedded form keeps the frame layout on the page it returns to.
  if (embed) query.set('embed', '1');
  const search = query.toString();
  return `/f/${encodeURIComponent(formId)}${search ? `?${search}` : ''}`;
}

/** The page's `?error=` flag, or null for none and for anything we never send. */
export function readPlainPostError(value: unknown): PlainPostError | null {
  return PLAIN_POST_ERRORS.find((error) => error === value) ?? null;
}
