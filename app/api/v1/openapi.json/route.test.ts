import { describe, expect, it } from 'vitest';
import { GET } from './route';

describe('GET /api/v1/openapi.json', () => {
  it('serves the OpenAPI document publicly, cacheable, without a key', async () => {
    const response = await GET(new Request('http://beacon.test/api/v1/openapi.json'), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('cache-control')).toContain('public');
    const document = await response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/leads', '/leads/{leadId}', '/leads/{leadId}/activities', '/tasks', '/tasks/{taskId}']));
  });
});
