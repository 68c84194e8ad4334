import { describe, expect, it } from 'vitest';
import type { EmailProvider } from '@/lib/providers/email';
import { setupTestDatabase } from '@/tests/db';
import { resetPasswordMessage } from './account-emails';
import { sendEmail, storedBody } from './send-email';

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
