import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { emit, onEvent } from './events';

const unsubscribers: Array<() => void> = [];
afterEach(() => unsubscribers.splice(0).forEach((off) => off()));

describe('emit', () => {
  it('delivers a validated payload to every handler of the event, and only that event', async () => {
    const created: unknown[] = [];
    const updated: unknown[] = [];
    unsubscribers.push(onEvent('lead/created', (payload) => void created.push(payload)));
    unsubscribers.push(onEvent('lead/updated', (payload) => void updated.push(payload)));
    const payload = { orgId: randomUUID(), leadId: randomUUID(), source: 'form' };
    await emit('lead/created', payload);
    expect(created).toEqual([payload]);
    expect(updated).toEqual([]);
  });

  it('refuses a malformed payload', async () => {
    await expect(emit('lead/created', { orgId: 'nope', leadId: randomUUID(), source: null })).rejects.toThrow();
  });

  it('keeps going when a handler throws', async () => {
    const seen: string[] = [];
    unsubscribers.push(onEvent('lead/created', () => { throw new Error('boom'); }));
    unsubscribers.push(onEvent('lead/created', (payload) => void seen.push(payload.leadId)));
    const leadId = randomUUID();
    await expect(emit('lead/created', { orgId: randomUUID(), leadId, source: null })).resolves.toBeUndefined();
    expect(seen).toEqual([leadId]);
  });
});
