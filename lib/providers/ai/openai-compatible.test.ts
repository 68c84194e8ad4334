import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateText, Output, streamText } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { getAiProvider } from './index';

vi.mock('./offline/composers', () => ({ OFFLINE_COMPOSERS: {} }));

type SeenRequest = { url: string; authorization: string | undefined; body: Record<string, unknown> };

const seen: SeenRequest[] = [];
let server: Server;
let baseUrl: string;

const USAGE = { prompt_tokens: 12, completion_tokens: 5, total_tokens: 17 };

function chunk(choices: unknown[], extra: Record<string, unknown> = {}) {
  return `data: ${JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1_700_000_000, model: 'test-model', choices, ...extra })}\n\n`;
}

async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  return JSON.parse(Buffer.concat(parts).toString('utf8')) as Record<string, unknown>;
}

/** A stand-in for Ollama/vLLM: `/v1/chat/completions`, streamed as server-sent events or answered whole. */
beforeAll(async () => {
  server = createServer(async (request, response) => {
    const body = await readBody(request);
    seen.push({ url: request.url ?? '', authorization: request.headers.authorization, body });
    if (request.url !== '/v1/chat/completions') {
      response.writeHead(404).end();
      return;
    }
    const wantsJson = (body.response_format as { type?: string } | undefined)?.type === 'json_schema';
    const answer = wantsJson ? '{"headline":"Fresh bread daily"}' : 'Hello from the fake server';
    if (!body.stream) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          id: 'chatcmpl-2', object: 'chat.completion', created: 1_700_000_000, model: 'test-model',
          choices: [{ index: 0, message: { role: 'assistant', content: answer }, finish_reason: 'stop' }],
          usage: USAGE,
        }),
      );
      return;
    }
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const words = answer.split(/(?<= )/);
    response.write(chunk([{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }]));
    for (const word of words) response.write(chunk([{ index: 0, delta: { content: word }, finish_reason: null }]));
    response.write(chunk([{ index: 0, delta: {}, finish_reason: 'stop' }]));
    response.write(chunk([], { usage: USAGE }));
    response.end('data: [DONE]\n\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  seen.length = 0;
});

describe('OpenAI-compatible provider through AI_BASE_URL', () => {
  it('streams the server’s text and reports its usage', async () => {
    const provider = getAiProvider({ AI_BASE_URL: baseUrl, AI_API_KEY: 'local-key', AI_MODEL: 'test-model' });
    const result = streamText({ model: provider.languageModel('chat'), prompt: 'Say hello' });
    const chunks: string[] = [];
    for await (const text of result.textStream) chunks.push(text);

    expect(chunks.join('')).toBe('Hello from the fake server');
    expect(chunks.length).toBeGreaterThan(1);
    const usage = await result.usage;
    expect([usage.inputTokens, usage.outputTokens]).toEqual([12, 5]);
    expect(seen[0]?.authorization).toBe('Bearer local-key');
    expect(seen[0]?.body).toMatchObject({ model: 'test-model', stream: true, stream_options: { include_usage: true } });
  });

  it('answers a non-streaming call with the model the task names', async () => {
    const provider = getAiProvider({ AI_BASE_URL: baseUrl, AI_MODEL: 'test-model', AI_MODEL_STRATEGY: 'strategy-model' });
    const result = await generateText({ model: provider.languageModel('strategy'), prompt: 'Plan' });
    expect(result.text).toBe('Hello from the fake server');
    expect(result.usage.totalTokens).toBe(17);
    expect(seen[0]?.body.model).toBe('strategy-model');
    expect(seen[0]?.authorization).toBeUndefined();
  });

  it('sends the output schema as json_schema and parses the object', async () => {
    const provider = getAiProvider({ AI_BASE_URL: baseUrl });
    const { output } = await generateText({
      model: provider.languageModel('content'),
      output: Output.object({ schema: z.object({ headline: z.string() }) }),
      prompt: 'A headline',
    });
    expect(output).toEqual({ headline: 'Fresh bread daily' });
    expect(seen[0]?.body).toMatchObject({ model: 'llama3.1', response_format: { type: 'json_schema' } });
  });
});
