import { ZodError } from 'zod';
import { AppError } from '@/lib/errors';
import { requestLogger } from '@/lib/log';

export type FieldProblem = { path: string; message: string };

export type ProblemDetails = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  requestId?: string;
  errors?: FieldProblem[];
};

const TITLES: Record<number, string> = {
  400: 'Bad request', 401: 'Unauthorized', 402: 'Payment required', 403: 'Forbidden', 404: 'Not found',
  409: 'Conflict', 413: 'Content too large', 422: 'Unprocessable content', 429: 'Too many requests', 500: 'Internal server error',
  503: 'Service unavailable',
};

/** Turns zod issues into `{ path: "a.b.0", message }` pairs a client can attach to its fields. */
export function fieldProblems(error: ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/**
 * Maps any thrown value to RFC 9457 problem details. Only AppError messages and zod field messages reach
 * the client; anything else is logged with the request id and answered with a generic 500.
 */
export function toProblem(error: unknown, requestId?: string): ProblemDetails {
  if (error instanceof ZodError) {
    return problem(422, 'validation_failed', 'The request has invalid fields.', requestId, fieldProblems(error));
  }
  if (error instanceof AppError) {
    if (error.status >= 500) requestLogger(requestId ?? 'none').error({ err: error.cause ?? error }, error.message);
    // A domain error about one input (details.field) is reported against that field, like a zod issue.
    const field = error.details?.field;
    return problem(error.status, error.code, error.message, requestId, typeof field === 'string' ? [{ path: field, message: error.message }] : undefined);
  }
  requestLogger(requestId ?? 'none').error({ err: error }, 'unhandled error');
  return problem(500, 'internal', 'Something went wrong.', requestId);
}

function problem(status: number, code: string, detail: string, requestId?: string, errors?: FieldProblem[]): ProblemDetails {
  return {
    type: `about:blank`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(requestId ? { requestId } : {}),
    ...(errors ? { errors } : {}),
  };
}

export function problemResponse(error: unknown, requestId?: string, headers?: HeadersInit): Response {
  const body = toProblem(error, requestId);
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'content-type': 'application/problem+json', ...(requestId ? { 'x-request-id': requestId } : {}), ...headers },
  });
}
