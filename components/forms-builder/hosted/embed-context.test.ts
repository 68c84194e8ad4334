import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseEmbedContext, requestEmbedContext, type EmbedContext, type FrameWindow } from './embed-context';

const LANDING = 'https://customer.example/pricing?utm_source=news&utm_campaign=spring';

describe('parseEmbedContext', () => {
  it("reads the host page's address and referrer", () => {
    expect(parseEmbedContext({ type: 'beacon:form-context', landingPage: LANDING, referrer: 'https://search.example/q' })).toEqual({
      landingPage: LANDING,
      referrer: 'https://search.example/q',
    });
  });

  it('keeps the landing page when the referrer is empty, missing or not an http(s) URL', () => {
    for (const referrer of ['', undefined, 'android-app://com.example', 42, 'x'.repeat(10)]) {
      expect(parseEmbedContext({ type: 'beacon:form-context', landingPage: LANDING, referrer })).toEqual({ landingPage: LANDING });
    }
    expect(parseEmbedContext({ type: 'beacon:form-context', landingPage: LANDING, referrer: `https://r.example/${'r'.repeat(2_000)}` })).toEqual({ landingPage: LANDING });
  });

  it('rejects other messages, and landing pages that are not absolute http(s) URLs of at most 2,000 characters', () => {
    const rejected: unknown[] = [
      null,
      'beacon:form-context',
      { type: 'beacon:form-height', landingPage: LANDING },
      { type: 'beacon:form-context' },
      { type: 'beacon:form-context', landingPage: '/pricing?utm_source=news' },
      { type: 'beacon:form-context', landingPage: 'javascript:alert(1)' },
      { type: 'beacon:form-context', landingPage: 'file:///etc/passwd' },
      { type: 'beacon:form-context', landingPage: ['https://customer.example/'] },
      { type: 'beacon:form-context', landingPage: `https://customer.example/?q=${'x'.repeat(2_000)}` },
    ];
    for (const message of rejected) expect(parseEmbedContext(message)).toBeNull();
    const longest = `https://customer.example/?q=${'x'.repeat(2_000 - 'https://customer.example/?q='.length)}`;
    expect(parseEmbedContext({ type: 'beacon:form-context', landingPage: longest })).toEqual({ landingPage: longest });
  });
});

type Listener = (event: { data: unknown; source: unknown }) => void;

/** A framed window whose parent records what it was told, and whose messages a test can deliver. */
function fakeFrame() {
  const parent = { postMessage: vi.fn() };
  const listeners = new Set<Listener>();
  const frame: FrameWindow = {
    parent,
    postMessage: vi.fn(),
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
  const deliver = (data: unknown, source: unknown = parent) => [...listeners].forEach((listener) => listener({ data, source }));
  return { frame, parent, listeners, deliver };
}

const context = { type: 'beacon:form-context', landingPage: LANDING, referrer: 'https://search.example/' };

describe('requestEmbedContext', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('tells the parent it is ready and takes the first valid answer from the parent', () => {
    const { frame, parent, listeners, deliver } = fakeFrame();
    const received: EmbedContext[] = [];
    requestEmbedContext(frame, 'form-1', (value) => received.push(value));
    expect(parent.postMessage).toHaveBeenCalledWith({ type: 'beacon:form-ready', formId: 'form-1' }, '*');
    deliver({ type: 'beacon:form-context', landingPage: 'not a url' });
    expect(received).toEqual([]);
    deliver(context);
    deliver({ ...context, landingPage: 'https://customer.example/later' });
    expect(received).toEqual([{ landingPage: LANDING, referrer: 'https://search.example/' }]);
    // Answered: no more asking, no more listening.
    expect(listeners.size).toBe(0);
    vi.advanceTimersByTime(60_000);
    expect(parent.postMessage).toHaveBeenCalledTimes(1);
  });

  it('ignores answers from any window but the parent', () => {
    const { frame, deliver } = fakeFrame();
    const onContext = vi.fn();
    requestEmbedContext(frame, 'form-1', onContext);
    deliver(context, { postMessage: vi.fn() });
    deliver(context, frame);
    deliver(context, null);
    expect(onContext).not.toHaveBeenCalled();
  });

  it('asks again a few times for a late embed.js, then stops asking but still listens', () => {
    const { frame, parent, deliver } = fakeFrame();
    const onContext = vi.fn();
    requestEmbedContext(frame, 'form-1', onContext);
    vi.advanceTimersByTime(60_000);
    expect(parent.postMessage).toHaveBeenCalledTimes(4);
    deliver(context);
    expect(onContext).toHaveBeenCalledWith({ landingPage: LANDING, referrer: 'https://search.example/' });
  });

  it('does nothing outside a frame, and its cleanup stops both asking and listening', () => {
    const top = fakeFrame();
    const alone: FrameWindow = { ...top.frame };
    alone.parent = alone;
    requestEmbedContext(alone, 'form-1', vi.fn());
    expect(alone.postMessage).not.toHaveBeenCalled();
    expect(top.listeners.size).toBe(0);

    const { frame, parent, listeners } = fakeFrame();
    const stop = requestEmbedContext(frame, 'form-1', vi.fn());
    stop();
    vi.advanceTimersByTime(60_000);
    expect(parent.postMessage).toHaveBeenCalledTimes(1);
    expect(listeners.size).toBe(0);
  });
});
