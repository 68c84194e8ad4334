import { describe, expect, it, vi } from 'vitest';
import { postSubmission, submissionUrl } from './post-submission';

const body = { email: 'ada@example.test', website: '', _started: 1_700_000_000_000, landingPage: 'https://example.test/?utm_source=x' };

function answer(status: number, json: unknown, headers: Record<string, string> = {}) {
  return vi.fn(async () => new Response(json === null ? 'not json' : JSON.stringify(json), { status, headers }));
}

describe('postSubmission', () => {
  it('posts JSON without cookies to the form’s public endpoint', async () => {
    const fetchImpl = answer(200, { ok: true, message: 'Thanks, Ada!', redirectUrl: null });
    expect(await postSubmission('f-1', body, fetchImpl)).toEqual({ kind: 'success', message: 'Thanks, Ada!', redirectUrl: null });
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/forms/f-1/submissions');
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit' });
    expect(JSON.parse(init.body as string)).toEqual(body);
  });

  it('passes on an http(s) redirect and ignores any other kind', async () => {
    expect(await postSubmission('f', body, answer(201, { ok: true, message: 'x', redirectUrl: 'https://example.test/thanks' }))).toMatchObject({ redirectUrl: 'https://example.test/thanks' });
    expect(await postSubmission('f', body, answer(200, { ok: true, message: 'x', redirectUrl: 'javascript:alert(1)' }))).toMatchObject({ redirectUrl: null });
    // The same check as the endpoint and the editor: an address that only looks like http(s) is no address.
    for (const redirectUrl of ['https://', 'http://[broken', '/thanks']) {
      expect(await postSubmission('f', body, answer(200, { ok: true, message: 'x', redirectUrl }))).toMatchObject({ redirectUrl: null });
    }
  });

  it('maps a 422 problem to field errors, by path or field', async () => {
    const problem = { detail: 'The request has invalid fields.', errors: [{ path: 'email', message: 'Enter a valid email address.' }, { field: 'custom:budget', message: 'Budget must be a number.' }, { path: 3 }] };
    expect(await postSubmission('f', body, answer(422, problem))).toEqual({
      kind: 'invalid',
      message: 'The request has invalid fields.',
      fieldErrors: [
        { field: 'email', message: 'Enter a valid email address.' },
        { field: 'custom:budget', message: 'Budget must be a number.' },
      ],
    });
  });

  it('explains rate limits, closed forms, server trouble and network failures', async () => {
    expect(await postSubmission('f', body, answer(429, { detail: 'Slow down' }, { 'retry-after': '30' }))).toEqual({
      kind: 'failed',
      message: 'Too many messages were sent from here just now. Please try again in 30 seconds.',
    });
    expect((await postSubmission('f', body, answer(429, null, { 'retry-after': '600' }))).message).toContain('in 10 minutes');
    expect((await postSubmission('f', body, answer(404, {}))).message).toBe('This form is no longer accepting responses.');
    expect((await postSubmission('f', body, answer(500, null))).message).toBe('Your message could not be sent. Please try again.');
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect((await postSubmission('f', body, offline)).message).toContain('Check your connection');
  });
});

describe('submissionUrl', () => {
  it('flags embedded posts so the endpoint sends a plain HTML post back to the framed page', () => {
    expect(submissionUrl('f-1')).toBe('/api/v1/forms/f-1/submissions');
    expect(submissionUrl('f-1', { embed: true })).toBe('/api/v1/forms/f-1/submissions?embed=1');
    expect(submissionUrl('a/b', { embed: false })).toBe('/api/v1/forms/a%2Fb/submissions');
  });
});
