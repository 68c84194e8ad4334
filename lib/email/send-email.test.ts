import { describe, expect, it } from 'vitest';
import type { EmailProvider, OutgoingEmail } from '@/lib/providers/email';
import { setupTestDatabase } from '@/tests/db';
import { resetPasswordMessage } from './account-emails';
import { sendEmail, storedBody, withDisplayName } from './send-email';

const testDb = setupTestDatabase();
const LINK = 'https://beacon.example/reset?token=abc123secret';

describe('storedBody', () => {
  it('keeps the outbox copy whole, because it is the delivery', () => {
    expect(storedBody(`Open ${LINK} now`, 'outbox')).toContain(LINK);
  });

  it('removes secret links once a real provider has the message, keeping other links', () => {
    const body = `Reset: ${LINK}\nInvite: https://beacon.example/invite/tok\nHome: https://beacon.example/pricing`;
    const stored = storedBody(body, 'resend');
    expect(stored).not.toContain('abc123secret');
    expect(stored).not.toContain('/invite/tok');
    expect(stored).toContain('https://beacon.example/pricing');
  });
});

describe('sendEmail', () => {
  it('stores the message first and records the outcome of a failed delivery', async () => {
    const failing: EmailProvider = { name: 'resend', deliver: async () => { throw new Error('provider down'); } };
    await expect(sendEmail(testDb.db, { to: 'a@example.test', ...resetPasswordMessage(LINK) }, failing)).rejects.toThrow('provider down');
    const [row] = await testDb.db.query.emailMessages.findMany();
    expect(row).toMatchObject({ status: 'failed', provider: 'resend', toAddress: 'a@example.test' });
    expect(row!.text).not.toContain('abc123secret');
    expect(row!.error).toContain('provider down');
  });
});

describe('withDisplayName', () => {
  it("swaps the display name, keeping the configured address, and quotes what could break the header", () => {
    expect(withDisplayName('Beacon <no-reply@beacon.test>', 'Sam Lee (Bright Smiles)')).toBe('"Sam Lee (Bright Smiles)" <no-reply@beacon.test>');
    expect(withDisplayName('no-reply@beacon.test', 'Sam')).toBe('"Sam" <no-reply@beacon.test>');
    expect(withDisplayName('Beacon <no-reply@beacon.test>', 'Eve"\r\nBcc: x@evil.test <a>')).toBe('"Eve Bcc: x@evil.test a" <no-reply@beacon.test>');
    expect(withDisplayName('Beacon <no-reply@beacon.test>', ' "<>" ')).toBe('Beacon <no-reply@beacon.test>');
  });
});

describe('sendEmail with a personal message', () => {
  it('sends the plain template with the reply-to and sender name, and stores the reply-to in the text', async () => {
    const sent: OutgoingEmail[] = [];
    const capturing: EmailProvider = { name: 'outbox', deliver: async (message) => (sent.push(message), {}) };
    const input = { to: 'lead@example.test', subject: 'Hello', tag: 'lead.reply', personal: { body: 'Hi,\n\nThanks.', senderName: 'Sam' }, replyTo: 'sam@example.test', fromName: 'Sam' };
    const { id } = await sendEmail(testDb.db, input, capturing);
    expect(sent).toEqual([expect.objectContaining({ text: 'Hi,\n\nThanks.\n\nSam', replyTo: 'sam@example.test', from: expect.stringMatching(/^"Sam" </) })]);
    expect(sent[0]!.html).not.toContain('Beacon');
    const row = (await testDb.db.query.emailMessages.findMany()).find((message) => message.id === id);
    expect(row).toMatchObject({ status: 'stored', fromAddress: sent[0]!.from, text: 'Reply-To: sam@example.test\n\nHi,\n\nThanks.\n\nSam' });
  });
});
