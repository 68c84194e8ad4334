import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendAnalyticsBeacon } from './send-beacon';

const sendBeacon = vi.fn<(url: string, body: string) => boolean>();
const fetchMock = vi.fn<(url: string, init: RequestInit) => Promise<Response>>();
let stored: string | null = null;

beforeEach(() => {
  stored = null;
  sendBeacon.mockReset().mockReturnValue(true);
  fetchMock.mockReset().mockResolvedValue(new Response(null, { status: 204 }));
  vi.stubGlobal('window', {
    location: { href: 'https://beacon.example/blog?utm_source=x' },
    sessionStorage: { getItem: () => stored, setItem: () => {} },
  });
  vi.stubGlobal('document', { referrer: 'https://now.example/' });
  vi.stubGlobal('navigator', { sendBeacon });
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const sentBody = () => JSON.parse(sendBeacon.mock.calls[0]![1]) as Record<string, unknown>;

describe('sendAnalyticsBeacon', () => {
  it('beacons the current URL with the tab\'s first-touch referrer', () => {
    stored = JSON.stringify({ landingPage: 'https://beacon.example/', referrer: 'https://first.example/' });
    sendAnalyticsBeacon({ type: 'page_view' });
    expect(sendBeacon).toHaveBeenCalledTimes(1);
    expect(sendBeacon.mock.calls[0]![0]).toBe('/api/collect');
    expect(sentBody()).toEqual({ type: 'page_view', url: 'https://beacon.example/blog?utm_source=x', referrer: 'https://first.example/' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('falls back to document.referrer and resolves a given path on this site', () => {
    sendAnalyticsBeacon({ type: 'form_view', formId: 'f-1', path: '/f/f-1' });
    expect(sentBody()).toEqual({ type: 'form_view', url: 'https://beacon.example/f/f-1', referrer: 'https://now.example/', formId: 'f-1' });
  });

  it('falls back to a keepalive fetch when sendBeacon refuses', () => {
    sendBeacon.mockReturnValue(false);
    sendAnalyticsBeacon({ type: 'page_view' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/collect');
    expect(init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit' });
    expect(JSON.parse(init.body as string)).toMatchObject({ type: 'page_view', url: 'https://beacon.example/blog?utm_source=x' });
  });

  it('never throws, even when sending fails', async () => {
    vi.stubGlobal('navigator', {});
    fetchMock.mockRejectedValue(new TypeError('offline'));
    expect(() => sendAnalyticsBeacon({ type: 'page_view' })).not.toThrow();
    await Promise.resolve();
    vi.stubGlobal('navigator', { sendBeacon: () => { throw new Error('boom'); } });
    expect(() => sendAnalyticsBeacon({ type: 'page_view' })).not.toThrow();
  });
});
