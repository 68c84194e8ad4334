import { APICallError } from '@ai-sdk/provider';
import { RetryError } from 'ai';
import { DrizzleQueryError } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { safeAiError } from './safe-ai-error';

const PROMPT = { messages: [{ role: 'user', content: 'Lead Jane Doe, jane@acme.test, +1 555 0100' }] };

function apiError(statusCode = 429) {
  return new APICallError({
    message: 'Rate limit reached',
    url: 'https://user:pass@llm.example.test/v1/chat/completions?api-key=secret',
    requestBodyValues: PROMPT,
    statusCode,
    responseBody: '{"echo":"Jane Doe"}',
    responseHeaders: { authorization: 'Bearer sk-1' },
  });
}

describe('safeAiError', () => {
  it('keeps status, URL (without credentials or query) and message of an API call error, never the prompt', () => {
    const safe = safeAiError(apiError());
    expect(safe).toEqual({ name: 'AI_APICallError', message: 'Rate limit reached', statusCode: 429, url: 'https://llm.example.test/v1/chat/completions' });
    expect(JSON.stringify(safe)).not.toMatch(/Jane|sk-1|secret|pass/);
  });

  it('reads the last API error of a retry error', () => {
    const retry = new RetryError({ message: 'Failed after 3 attempts. Last error: Rate limit reached', reason: 'maxRetriesExceeded', errors: [apiError(500), apiError(503)] });
    expect(safeAiError(retry)).toEqual({ name: 'AI_RetryError', message: 'Failed after 3 attempts. Last error: Rate limit reached', statusCode: 503, url: 'https://llm.example.test/v1/chat/completions' });
  });

  it('drops the parameters of a failed query, and the values of a data exception', () => {
    const unique = Object.assign(new Error('duplicate key value violates unique constraint "ai_cache_pkey"'), { code: '23505' });
    const failed = new DrizzleQueryError('insert into ai_cache values ($1, $2)', ['key', '{"text":"Jane Doe"}'], unique);
    expect(safeAiError(failed)).toEqual({ name: 'Error', message: 'Database query failed (23505): duplicate key value violates unique constraint "ai_cache_pkey"' });

    const badUuid = Object.assign(new Error('invalid input syntax for type uuid: "Jane Doe"'), { code: '22P02' });
    expect(safeAiError(new DrizzleQueryError('select 1', ['Jane Doe'], badUuid)).message).toBe('Database query failed (22P02)');
  });

  it('summarises other errors and thrown non-errors, cutting long messages', () => {
    expect(safeAiError(new TypeError('boom'))).toEqual({ name: 'TypeError', message: 'boom' });
    expect(safeAiError('plain')).toEqual({ message: 'plain' });
    expect(safeAiError({ requestBodyValues: PROMPT })).toEqual({ message: 'A non-error value was thrown.' });
    expect(safeAiError(new Error('x'.repeat(2000))).message).toHaveLength(501);
  });
});
