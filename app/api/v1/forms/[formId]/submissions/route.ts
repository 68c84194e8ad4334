import { ZodError } from 'zod';
import { getDb } from '@/db';
import type { LeadForm } from '@/db/schema';
import { parseAttribution } from '@/lib/analytics/attribution';
import { AppError } from '@/lib/errors';
import { problemResponse } from '@/lib/http/problem';
import { getRequestId } from '@/lib/http/route';
import { isHttpUrl } from '@/lib/http/urls';
import { getActiveForm } from '@/lib/leads/capture/active-form';
import { hostedFormPath, type PlainPostError } from '@/lib/leads/capture/hosted-form-path';
import type { FormSubmissionResult } from '@/lib/leads/capture/public-api-schemas';
import { splitProtection } from '@/lib/leads/capture/protection';
import { readSubmissionBody, submissionBodyKind, type SubmissionBodyKind } from '@/lib/leads/capture/read-submission-body';
import { receiveSubmission } from '@/lib/leads/capture/receive-submission';
import { limitSubmission } from '@/lib/leads/capture/submission-limits';
import { clientIp, requestOrigin } from '@/lib/server/request-meta';

// Any site may post to a form, but never with the visitor's cookies: no credentials header, ever.
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'Content-Type',
  'access-control-expose-headers': 'Retry-After',
  'access-control-max-age': '86400',
};

type Params = { params: Promise<{ formId: string }> };

// OPTIONS /api/v1/forms/{formId}/submissions — CORS preflight for JSON posts from other sites
export function OPTIONS() {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

/** A plain HTML form navigates: send the browser on to the form's redirect or its own page. */
function wantsRedirect(request: Request, kind: SubmissionBodyKind) {
  return kind !== 'json' && (request.headers.get('accept') ?? '').includes('text/html');
}

// An embedded form posts to ?embed=1 so the page it returns to keeps the frame layout.
const isEmbedded = (request: Request) => new URL(request.url).searchParams.get('embed') === '1';

// The form's own page is a relative path (hostedFormPath), so a forged Host header cannot choose where
// visitors go; the only absolute location is the redirect URL the workspace saved.
const seeOther = (location: string) => new Response(null, { status: 303, headers: { ...CORS_HEADERS, location } });

/**
 * The same answer for a new lead, an updated lead and dropped spam: 200 with the form's message, or a 303
 * for HTML form posts. A different answer for spam would tell a bot which trick caught it.
 */
function accepted(request: Request, kind: SubmissionBodyKind, form: LeadForm) {
  const redirectUrl = isHttpUrl(form.redirectUrl) ? form.redirectUrl : null;
  if (wantsRedirect(request, kind)) return seeOther(redirectUrl ?? hostedFormPath(form.id, { submitted: true, embed: isEmbedded(request) }));
  const body: FormSubmissionResult = { ok: true, message: form.successMessage, redirectUrl };
  return Response.json(body, { status: 200, headers: CORS_HEADERS });
}

/** What a person posting a plain HTML form can act on, shown by the form's page: bad values or too many posts. */
function plainPostError(error: unknown): PlainPostError | null {
  if (error instanceof ZodError || (error instanceof AppError && error.status === 422)) return 'invalid';
  if (error instanceof AppError && error.code === 'rate_limited') return 'rate_limited';
  return null;
}

function unsupportedMediaType(requestId: string) {
  const detail = 'Send the fields as application/json, application/x-www-form-urlencoded or multipart/form-data.';
  const body = { type: 'about:blank', title: 'Unsupported media type', status: 415, detail, code: 'unsupported_media_type', requestId };
  return new Response(JSON.stringify(body), { status: 415, headers: { ...CORS_HEADERS, 'content-type': 'application/problem+json', 'x-request-id': requestId } });
}

// POST /api/v1/forms/{formId}/submissions — public (no API key): a visitor's submission to a lead form
export const POST = async (request: Request, { params }: Params) => {
  const requestId = getRequestId(request);
  const kind = submissionBodyKind(request);
  if (!kind) return unsupportedMediaType(requestId);
  // Known once the form is found: only then can a plain HTML post be sent back to the form's page.
  let formId: string | null = null;
  try {
    const body = await readSubmissionBody(request, kind);
    const db = getDb();
    const { form, customFields } = await getActiveForm(db, (await params).formId);
    formId = form.id;
    await limitSubmission(db, { formKey: form.id, ip: clientIp(request.headers) });
    const { values, protection } = splitProtection(body);
    // The hosted page sends where the visitor landed; a plain HTML form on another site has only Referer.
    const attribution = parseAttribution({
      url: protection.landingPage ?? request.headers.get('referer'),
      referrer: protection.referrer,
      selfOrigin: requestOrigin(request.headers),
    });
    await receiveSubmission(db, {
      orgId: form.orgId,
      form,
      fields: form.fields,
      customFields,
      values,
      protection,
      meta: { attribution, userAgent: request.headers.get('user-agent'), origin: request.headers.get('origin') },
    });
    return accepted(request, kind, form);
  } catch (error) {
    // A browser shown problem JSON leaves the visitor stuck: back to the form, which says what went wrong.
    // Anything else (an unknown form included) stays a problem response.
    const plainError = wantsRedirect(request, kind) ? plainPostError(error) : null;
    if (formId && plainError) return seeOther(hostedFormPath(formId, { error: plainError, embed: isEmbedded(request) }));
    const retryAfter = error instanceof AppError ? error.details?.retryAfterSeconds : undefined;
    return problemResponse(error, requestId, { ...CORS_HEADERS, ...(retryAfter ? { 'retry-after': String(retryAfter) } : {}) });
  }
};
