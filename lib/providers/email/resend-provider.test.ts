import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createResendProvider } from './resend-provider';
import { EmailRefusedError, type OutgoingEmail } from './types';

const MESSAGE: OutgoingEmail = { to: 'ada@example.test', from: 'Beacon <no-reply@beacon.test>', subject: 'Hi', html: '<p>Hi</p>', text: 'Hi', tag: 'notifications.digest' };

// A stand-in for Resend's API: each test sets how it answers POST /emails.
let answer: (res: ServerResponse, req: IncomingMessage) => void = (res) => res.end();
const server = createServer((req, res) => answer(res, req));
let baseUrl = '';
const previousBaseUrl = process.env.RESEND_BASE_URL;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  if (previousBaseUrl === undefined) delete process.env.RESEND_BASE_URL;
  else process.env.RESEND_BASE_URL = previousBaseUrl;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const json = (status: number, body: unknown) => (res: ServerResponse) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

const deliver = () => createResendProvider('re_test_key', { baseUrl }).deliver(MESSAGE);

describe('createResendProvider', () => {
  it("returns Resend's message id", async () => {
    answer = json(200, { id: 'msg_123' });
    await expect(deliver()).resolves.toEqual({ providerMessageId: 'msg_123' });
  });

  it('sends the reply-to only when the message has one', async () => {
    const bodies: Record<string, unknown>[] = [];
    answer = (res, req) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => {
        bodies.push(JSON.parse(raw) as Record<string, unknown>);
        json(200, { id: `msg_${bodies.length}` })(res);
      });
    };
    const provider = createResendProvider('re_test_key', { baseUrl });
    await provider.deliver({ ...MESSAGE, replyTo: 'sam@example.test' });
    await provider.deliver(MESSAGE);
    expect(bodies[0]).toMatchObject({ to: MESSAGE.to, reply_to: 'sam@example.test' });
    expect(bodies[1]).not.toHaveProperty('reply_to');
  });

  it('throws EmailRefusedError for a 4xx answer: the message was not sent', async () => {
    answer = json(422, { statusCode: 422, name: 'validation_error', message: 'Invalid `to` field.' });
    const error = await deliver().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmailRefusedError);
    expect(error).toMatchObject({ statusCode: 422, message: expect.stringContaining('Invalid `to` field.') });
  });

  it('throws a plain error for a 5xx answer or no answer at all: whether it went out is unknown', async () => {
    answer = json(500, { statusCode: 500, name: 'internal_server_error', message: 'Something broke.' });
    const serverError = await deliver().catch((e: unknown) => e);
    expect(serverError).toBeInstanceOf(Error);
    expect(serverError).not.toBeInstanceOf(EmailRefusedError);

    answer = (_res, req) => req.socket.destroy();
    const dropped = await deliver().catch((e: unknown) => e);
    expect(dropped).toBeInstanceOf(Error);
    expect(dropped).not.toBeInstanceOf(EmailRefusedError);
  });
});
