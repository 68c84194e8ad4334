import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { problemResponse, toProblem } from './problem';

describe('toProblem', () => {
  it('maps an AppError to its status and keeps its safe message', () => {
    const problem = toProblem(new AppError('not_found', 'Lead not found'), 'req-12345678');
    expect(problem).toMatchObject({ status: 404, code: 'not_found', detail: 'Lead not found', requestId: 'req-12345678' });
  });

  it('maps limit_exceeded to 402 and rate_limited to 429', () => {
    expect(toProblem(new AppError('limit_exceeded', 'Upgrade')).status).toBe(402);
    expect(toProblem(new AppError('rate_limited', 'Slow down')).status).toBe(429);
  });

  it('turns a ZodError into 422 with one entry per field path', () => {
    const schema = z.object({ email: z.email(), tags: z.array(z.string().min(2)) });
    const result = schema.safeParse({ email: 'nope', tags: ['ok', 'x'] });
    const problem = toProblem(result.error);
    expect(problem.status).toBe(422);
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['email', 'tags.1']);
  });

  it('never leaks the message of an unknown error', () => {
    const problem = toProblem(new Error('password authentication failed for user "root"'));
    expect(problem.status).toBe(500);
    expect(problem.detail).toBe('Something went wrong.');
    expect(JSON.stringify(problem)).not.toContain('password');
  });

  it('does not expose the internal cause of an AppError', () => {
    const error = new AppError('unavailable', 'Try again later', { cause: new Error('ECONNREFUSED 10.0.0.5') });
    expect(JSON.stringify(toProblem(error))).not.toContain('ECONNREFUSED');
  });
});

describe('problemResponse', () => {
  it('answers application/problem+json with the request id header', async () => {
    const response = problemResponse(new AppError('forbidden', 'No access'), 'req-abcdefgh');
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('x-request-id')).toBe('req-abcdefgh');
    expect(await response.json()).toMatchObject({ title: 'Forbidden', detail: 'No access' });
  });
});
