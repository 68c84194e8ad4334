import { getDb } from '@/db';
import type { LeadForm } from '@/db/schema';
import { parseAttribution } from '@/lib/analytics/attribution';
import { AppError } from '@/lib/errors';
import { problemResponse } from '@/lib/http/problem';
import { getRequestId } from '@/lib/http/route';
import { getActiveForm } from '@/lib/leads/capture/active-form';
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

/** A plain HTML form navigates: send the browser on to the form's redirect or its thank-you page. */
function wantsRedirect(request: Request, kind: SubmissionBodyKind) {
  return kind !== 'json' && (request.headers.get('accept') ?? '').includes('text/html');
}

function safeRedirectUrl(url: string | null) {
  if (!url) return null;
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol) ? url : null;
  } catch {
    return null;
  }
}

/**
 * The same answer for a new lead, an updated lead and dropped spam: 200 with the form's message, or a 303
 * for HTML form posts. A different answer for spam would tell a bot which trick caught it.
 */
function accepted(request: Request, kind: SubmissionBodyKind, form: LeadForm) {
  const redirectUrl = safeRedirectUrl(form.redirectUrl);
  if (wantsRedirect(request, kind)) {
    // An embedded form posts to ?embed=1 so its thank-you page keeps the frame layout. Relative to this
    // endpoint's own origin, so a forged Host header cannot choose where visitors go.
    const embed = new URL(request.url).searchParams.get('embed') === '1' ? '&embed=1' : '';
    return new Response(null, { status: 303, headers: { ...CORS_HEADERS, location: redirectUrl ?? `/f/${form.id}?submitted=1${embed}` } });
  }
  const body: FormSubmissionResult = { ok: true, message: form.successMessage, redirectUrl };
  return Response.json(body, { status: 200, headers: CORS_HEADERS });
}

function unsupportedMediaType(requestId: string) {
  const detail = 'Send the fields as application/json, application/x-www-form-urlencoded or multipart/form-data.';
  const body = { type: 'about:blank', title: 'Unsupported media type', status: 415, detail, code: 'unsupported_media_type', requestId };
  return new Response(JSON.stringify(body), { status: 415, headers: { ...CORS_HEADERS, 'content-type': 'application/problem+json', 'x-request-id': requestId } });
}

// POST /api/v1/forms/{formId}/submissions — public (no API key): a visitor's submission to a lead form
export const POST = async (request: Request, { params }: Params) => {
  const requestId = getRequestId(request);
  try {
    const kind = submissionBodyKind(request);
    if (!kind) return unsupportedMediaType(requestId);
    const body = await readSubmissionBody(request, kind);
    const db = getDb();
    const { form, customFields } = await getActiveForm(db, (await params).formId);
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
    const retryAfter = error instanceof AppError ? error.details?.retryAfterSeconds : undefined;
    return problemResponse(error, requestId, { ...CORS_HEADERS, ...(retryAfter ? { 'retry-after': String(retryAfter) } : {}) });
  }
};
