import { APICallError } from '@ai-sdk/provider';
import { RetryError } from 'ai';
import { DrizzleQueryError } from 'drizzle-orm';

export type SafeAiError = { name?: string; message: string; statusCode?: number; url?: string };

const MAX_MESSAGE_LENGTH = 500;

/**
 * A loggable summary of a failure around an AI call. `log.error({ err })` would serialise the whole error:
 * the AI SDK's APICallError carries `requestBodyValues` (the full prompt, lead data included) and the response
 * body, and a failed query's message lists its parameters (lead fields, cached answers). This keeps the name,
 * a message without those, the HTTP status and the URL (without query string or credentials).
 */
export function safeAiError(error: unknown): SafeAiError {
  if (!(error instanceof Error)) return { message: typeof error === 'string' ? truncate(error) : 'A non-error value was thrown.' };
  const apiError = findApiCallError(error);
  return {
    name: error.name,
    message: truncate(messageOf(error)),
    ...(apiError?.statusCode !== undefined ? { statusCode: apiError.statusCode } : {}),
    ...(apiError ? { url: withoutSecrets(apiError.url) } : {}),
  };
}

function messageOf(error: Error): string {
  if (error instanceof DrizzleQueryError) {
    // "Failed query: <sql>\nparams: <values>": the values are workspace data. So are the values Postgres
    // quotes in a data exception's message (class 22, e.g. `invalid input syntax for type uuid: "…"`).
    const cause = error.cause as { message?: unknown; code?: unknown } | undefined;
    const code = typeof cause?.code === 'string' ? cause.code : undefined;
    const detail = typeof cause?.message === 'string' && !code?.startsWith('22') ? `: ${cause.message}` : '';
    return `Database query failed${code ? ` (${code})` : ''}${detail}`;
  }
  return error.message;
}

function findApiCallError(error: unknown): APICallError | undefined {
  if (APICallError.isInstance(error)) return error;
  if (RetryError.isInstance(error) && APICallError.isInstance(error.lastError)) return error.lastError;
  return undefined;
}

function withoutSecrets(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.search = '';
    parsed.hash = '';
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return '[invalid url]';
  }
}

function truncate(message: string): string {
  return message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH)}…` : message;
}
