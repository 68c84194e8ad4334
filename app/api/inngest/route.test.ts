import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getJobDriver } from '@/lib/jobs/driver';
import { JOBS } from '@/lib/jobs/registry';
import { GET, POST, PUT } from './route';

// The Inngest dev-server mode (no signing): what INNGEST_DEV=1 gives a developer. Set before the env is read.
vi.hoisted(() => {
  process.env.INNGEST_DEV = '1';
});
vi.mock('@/lib/jobs/driver', () => ({ getJobDriver: vi.fn(() => 'local') }));
const driver = vi.mocked(getJobDriver);
const context = { params: Promise.resolve({}) };
const request = (method: string) => new NextRequest('http://127.0.0.1:3000/api/inngest', { method, ...(method === 'GET' ? {} : { body: '{}' }) });

afterEach(() => {
  driver.mockReturnValue('local');
});

describe('/api/inngest', () => {
  it.each([['GET', GET], ['POST', POST], ['PUT', PUT]] as const)('%s answers 404 while jobs run in-process', async (method, handler) => {
    const response = await handler(request(method), context);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 404, code: 'not_found', error: 'Inngest is not configured; jobs run in-process' });
  });

  it('hands requests to the Inngest handler under the Inngest driver, which lists every registry job', async () => {
    driver.mockReturnValue('inngest');
    const response = await GET(request('GET'), context);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ mode: 'dev', function_count: JOBS.length });
  });
});
