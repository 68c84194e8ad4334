import { afterEach, describe, expect, it, vi } from 'vitest';
import { clientIp } from './request-meta';

function headersWith(values: Record<string, string>) {
  return new Headers(values);
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('clientIp', () => {
  it('takes the address the nearest proxy saw by default, not one the client put in X-Forwarded-For', () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it really connected from.
    expect(clientIp(headersWith({ 'x-forwarded-for': '1.2.3.4, 203.0.113.7' }))).toBe('203.0.113.7');
    expect(clientIp(headersWith({ 'x-forwarded-for': '1.2.3.4, 5.6.7.8,203.0.113.7' }))).toBe('203.0.113.7');
    expect(clientIp(headersWith({ 'x-forwarded-for': '203.0.113.7' }))).toBe('203.0.113.7');
  });

  it('counts the configured number of hops from the right', () => {
    const forged = headersWith({ 'x-forwarded-for': '1.2.3.4, 198.51.100.2, 10.0.0.5' });
    expect(clientIp(forged, 1)).toBe('10.0.0.5');
    expect(clientIp(forged, 2)).toBe('198.51.100.2');
    expect(clientIp(forged, 3)).toBe('1.2.3.4');
  });

  it('uses the left-most entry when fewer proxies than configured were on the path', () => {
    expect(clientIp(headersWith({ 'x-forwarded-for': '198.51.100.2' }), 2)).toBe('198.51.100.2');
    expect(clientIp(headersWith({ 'x-forwarded-for': '198.51.100.2, 10.0.0.5' }), 5)).toBe('198.51.100.2');
  });

  it('skips empty entries a client can smuggle in', () => {
    expect(clientIp(headersWith({ 'x-forwarded-for': ' , ,203.0.113.7, ' }))).toBe('203.0.113.7');
    expect(clientIp(headersWith({ 'x-forwarded-for': ', ', 'x-real-ip': '192.0.2.9' }))).toBe('192.0.2.9');
  });

  it('ignores X-Forwarded-For entirely with 0 hops, using X-Real-IP or "unknown"', () => {
    expect(clientIp(headersWith({ 'x-forwarded-for': '1.2.3.4', 'x-real-ip': '192.0.2.9' }), 0)).toBe('192.0.2.9');
    expect(clientIp(headersWith({ 'x-forwarded-for': '1.2.3.4' }), 0)).toBe('unknown');
  });

  it('falls back to X-Real-IP, then "unknown", without X-Forwarded-For', () => {
    expect(clientIp(headersWith({ 'x-real-ip': '192.0.2.9' }))).toBe('192.0.2.9');
    expect(clientIp(headersWith({}))).toBe('unknown');
  });

  it('reads an unparsed setting (validation skipped) as the schema would, defaulting to one hop', () => {
    const forged = headersWith({ 'x-forwarded-for': '1.2.3.4, 198.51.100.2' });
    expect(clientIp(forged, '2' as unknown as number)).toBe('1.2.3.4');
    expect(clientIp(forged, undefined as unknown as number)).toBe('198.51.100.2');
    expect(clientIp(forged, 'many' as unknown as number)).toBe('198.51.100.2');
  });
});

describe('TRUSTED_PROXY_HOPS', () => {
  async function loadEnv(value: string) {
    vi.stubEnv('TRUSTED_PROXY_HOPS', value);
    vi.resetModules();
    return (await import('@/lib/env')).env;
  }

  it('defaults to 1 and accepts whole numbers from 0 to 10', async () => {
    expect((await loadEnv('')).TRUSTED_PROXY_HOPS).toBe(1);
    expect((await loadEnv('0')).TRUSTED_PROXY_HOPS).toBe(0);
    expect((await loadEnv('10')).TRUSTED_PROXY_HOPS).toBe(10);
  });

  it('refuses values outside 0–10 or not whole numbers', async () => {
    // The env module reports what it refuses on the console before throwing; the throw is what counts here.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const value of ['11', '-1', '1.5', 'two']) {
      await expect(loadEnv(value), value).rejects.toThrow();
    }
  });

  it('is what clientIp uses when no hop count is given', async () => {
    vi.stubEnv('TRUSTED_PROXY_HOPS', '2');
    vi.resetModules();
    const { clientIp: configured } = await import('./request-meta');
    expect(configured(headersWith({ 'x-forwarded-for': '1.2.3.4, 198.51.100.2, 10.0.0.5' }))).toBe('198.51.100.2');
  });
});
