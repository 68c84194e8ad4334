import { describe, expect, it } from 'vitest';
import type { OfflineRequest } from '../types';
import { composeReply, quoteOf, writeFirstResponse } from './reply';

const context = {
  lead: { id: 'lead-1', name: 'Dana Scully', email: 'dana@example.test', company: 'Bureau Labs', ownerId: null },
  message: 'We need help generating more qualified leads from LinkedIn. Our team is small and busy.',
  profile: { name: 'Northwind Growth', description: 'We help B2B software teams turn content into pipeline', industry: 'Marketing', audience: 'B2B founders', goals: '', voice: 'friendly' },
  ownerName: 'Fox Mulder',
};

const request = (overrides: Partial<OfflineRequest> = {}): OfflineRequest => ({
  prompt: [{ role: 'user', content: [{ type: 'text', text: 'Write the reply.' }] }],
  tools: [],
  schema: { type: 'object', properties: { subject: { type: 'string' }, body: { type: 'string' } } },
  context,
  ...overrides,
});

describe('composeReply', () => {
  it('thanks the lead by first name, quotes their message, says what the business does, proposes a call and signs', () => {
    const reply = composeReply(request());
    expect(reply.kind).toBe('object');
    const { subject, body } = (reply as { kind: 'object'; value: { subject: string; body: string } }).value;
    expect(subject).toBe('Thanks for getting in touch, Dana');
    expect(body).toMatch(/^Hi Dana,\n\n/);
    expect(body).toContain('Thank you for getting in touch with Northwind Growth on behalf of Bureau Labs.');
    expect(body).toContain('You wrote: "We need help generating more qualified leads from LinkedIn"');
    expect(body).toContain('A quick word about us: We help B2B software teams turn content into pipeline.');
    expect(body).toContain('20-minute call this week');
    expect(body).toMatch(/Best regards,\nFox Mulder\nNorthwind Growth$/);
  });

  it('writes the same reply for the same request', () => {
    expect(composeReply(request())).toEqual(composeReply(request()));
  });

  it('answers in text when no schema was asked for', () => {
    const reply = composeReply(request({ schema: null }));
    expect(reply).toMatchObject({ kind: 'text' });
    expect((reply as { text: string }).text).toMatch(/^Thanks for getting in touch, Dana\n\nHi Dana,/);
  });

  it('still writes a reply from missing or odd context', () => {
    const { subject, body } = writeFirstResponse({ lead: { name: '', company: null }, message: '', profile: { name: '', description: '', industry: '', audience: '', goals: '', voice: '' }, ownerName: '', previous: null });
    expect(subject).toBe('Thanks for getting in touch with our team');
    expect(body).toMatch(/^Hi there,/);
    expect(body).toContain('It is good to hear from you.');
    expect(body).toMatch(/Best regards,\nThe team$/);
    const odd = composeReply(request({ context: { lead: 42, profile: 'x', message: null } }));
    expect((odd as { value: { body: string } }).value.body).toMatch(/^Hi there,/);
  });

  it('signs as the team when nobody is named, in a formal voice when the profile asks for one', () => {
    const { body } = writeFirstResponse({ ...context, ownerName: '', previous: null, profile: { ...context.profile, voice: 'Formal and precise' } });
    expect(body).toMatch(/^Dear Dana,/);
    expect(body).toMatch(/Kind regards,\nThe Northwind Growth team$/);
    expect(writeFirstResponse({ ...context, previous: null, profile: { ...context.profile, voice: 'informal' } }).body).toMatch(/^Hi Dana,/);
  });

  it('keeps within the schema limits whatever it is given', () => {
    const long = 'word '.repeat(3_000);
    const { subject, body } = writeFirstResponse({
      lead: { name: `${'A'.repeat(400)} B`, company: long },
      message: long,
      profile: { name: long, description: long, industry: long, audience: long, goals: long, voice: '' },
      ownerName: long,
      previous: null,
    });
    expect(subject.length).toBeLessThanOrEqual(150);
    expect(body.length).toBeLessThanOrEqual(5_000);
  });

  it('moves to another wording on each regeneration and comes back round', () => {
    const first = writeFirstResponse({ ...context, previous: null });
    const second = writeFirstResponse({ ...context, previous: first });
    const third = writeFirstResponse({ ...context, previous: second });
    expect(new Set([first.body, second.body, third.body]).size).toBe(3);
    expect(writeFirstResponse({ ...context, previous: third })).toEqual(first);
    for (const reply of [second, third]) expect(reply.body).toContain('We need help generating more qualified leads from LinkedIn');
  });
});

describe('quoteOf', () => {
  it('quotes the first sentence, without double quotes, cut at a word', () => {
    expect(quoteOf('  Hello there!  Second sentence.')).toBe('Hello there');
    expect(quoteOf('He said "now" please')).toBe("He said 'now' please");
    const quote = quoteOf(`${'our checkout needs faster pages '.repeat(12)}end`);
    expect(quote.length).toBeLessThanOrEqual(140);
    expect(quote).toMatch(/(our|checkout|needs|faster|pages)…$/);
  });
});
