import { describe, expect, it } from 'vitest';
import { expectAppError } from '@/tests/helpers/app-error';
import { parseJsonText, readJsonBody, readTextBody } from './json-body';

const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request('http://beacon.test/x', { method: 'POST', body, headers });

/** A body streamed in chunks with no Content-Length, as a chunked upload arrives. */
function streamed(chunks: number, chunkBytes: number) {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ >= chunks) return controller.close();
      controller.enqueue(new Uint8Array(chunkBytes).fill(120));
    },
  });
  return new Request('http://beacon.test/x', { method: 'POST', body, duplex: 'half' } as RequestInit);
}

describe('readJsonBody', () => {
  it('parses a JSON body', async () => {
    expect(await readJsonBody(post('{"name":"Ada","tags":["ü"]}'))).toEqual({ name: 'Ada', tags: ['ü'] });
  });

  it('refuses malformed and empty bodies with bad_request', async () => {
    await expectAppError(readJsonBody(post('{"name":')), 'bad_request');
    await expectAppError(readJsonBody(post('  ')), 'bad_request');
    expect(() => parseJsonText('')).toThrow('empty');
  });

  it('refuses a body over the cap by its Content-Length or, without one, while streaming', async () => {
    await expectAppError(readTextBody(post('x', { 'content-length': '2000000' })), 'payload_too_large');
    await expectAppError(readTextBody(streamed(20, 64 * 1024)), 'payload_too_large');
    expect(await readTextBody(streamed(2, 1024))).toHaveLength(2048);
  });
});
