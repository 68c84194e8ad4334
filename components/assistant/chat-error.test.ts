import { APICallError } from 'ai';
import { describe, expect, it } from 'vitest';
import { describeChatError } from './chat-error';

function refused(status: number, body: unknown) {
  const responseBody = typeof body === 'string' ? body : JSON.stringify(body);
  return new APICallError({ message: responseBody, url: '/api/orgs/acme/assistant/chat', requestBodyValues: undefined, statusCode: status, responseBody });
}

describe('describeChatError', () => {
  it('shows the limit message with the upgrade link and no retry at 402', () => {
    const body = { status: 402, code: 'limit_exceeded', detail: 'This workspace has used its 100,000 AI tokens for March.', upgradeUrl: '/pricing' };
    expect(describeChatError(refused(402, body))).toEqual({
      message: 'This workspace has used its 100,000 AI tokens for March.',
      isLimit: true,
      upgradeUrl: '/pricing',
      canRetry: false,
    });
    // A link leaving the app is not followed.
    expect(describeChatError(refused(402, { ...body, upgradeUrl: 'https://evil.example' })).upgradeUrl).toBeUndefined();
    expect(describeChatError(refused(402, '')).message).toMatch(/AI allowance/);
  });

  it("passes on a refused request's safe detail, and says when retrying cannot help", () => {
    expect(describeChatError(refused(409, { detail: 'This conversation changed in the meantime. Reload it and try again.' }))).toEqual({
      message: 'This conversation changed in the meantime. Reload it and try again.',
      isLimit: false,
      canRetry: false,
    });
    expect(describeChatError(refused(429, { detail: 'Slow down.' }))).toMatchObject({ message: 'Slow down.', canRetry: true });
    expect(describeChatError(refused(404, { detail: 'Chat not found.' }))).toMatchObject({ message: 'Chat not found.', canRetry: false });
    expect(describeChatError(refused(401, { detail: 'x' }))).toMatchObject({ message: expect.stringMatching(/Sign in again/), canRetry: false });
    expect(describeChatError(refused(422, 'not json'))).toMatchObject({ message: 'Something went wrong. Please try again.', canRetry: false });
  });

  it('never shows a server error body, and explains a network failure', () => {
    expect(describeChatError(refused(500, { detail: 'relation "ai_messages" does not exist' }))).toEqual({
      message: 'Something went wrong. Please try again.',
      isLimit: false,
      canRetry: true,
    });
    expect(describeChatError(new TypeError('Failed to fetch')).message).toMatch(/Could not reach Beacon/);
  });

  it('shows the text the route sent inside the stream', () => {
    expect(describeChatError(new Error('The model did not answer in time.'))).toMatchObject({ message: 'The model did not answer in time.', canRetry: true });
  });
});
