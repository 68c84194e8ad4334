import { generateText, Output, streamText, tool } from 'ai';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { offlineOptions } from '@/lib/ai/offline-options';
import { OFFLINE_MODEL_ID, OfflineWriter } from './offline-writer';
import type { OfflineComposer, OfflineRequest } from './types';

// The task composers belong to their features; these tests drive the writer with composers of their own.
vi.mock('./composers', () => ({ OFFLINE_COMPOSERS: {} }));

const PROMPT = 'Write a short note for Acme Bakery. We sell sourdough bread to cafés in Lisbon. Our goal is 20 new cafés this quarter.';
const REAL_MODEL_CLAIM = /as an ai|i am an ai|i'm an ai|by openai|chatgpt|gpt-\d|claude|gemini|large language model/i;

async function collect(stream: AsyncIterable<string>): Promise<string[]> {
  const chunks: string[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

describe('OfflineWriter', () => {
  it('names itself as the offline writer', () => {
    const writer = new OfflineWriter();
    expect([writer.specificationVersion, writer.provider, writer.modelId]).toEqual(['v4', 'offline', OFFLINE_MODEL_ID]);
  });

  it('writes the same text and usage for the same request', async () => {
    const first = await generateText({ model: new OfflineWriter(), prompt: PROMPT });
    const second = await generateText({ model: new OfflineWriter(), prompt: PROMPT });
    expect(first.text).toBe(second.text);
    expect(first.text).toContain('offline writer');
    expect(first.usage.inputTokens).toBe(second.usage.inputTokens);
    expect(first.usage.inputTokens).toBeGreaterThan(0);
    expect(first.usage.outputTokens).toBe(Math.ceil(first.text.length / 4));
  });

  it('streams the text in word chunks that add up to the generated text', async () => {
    const generated = await generateText({ model: new OfflineWriter(), prompt: PROMPT });
    const streamed = streamText({ model: new OfflineWriter(), prompt: PROMPT });
    const chunks = await collect(streamed.textStream);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.join('')).toBe(generated.text);
    expect((await streamed.usage).outputTokens).toBe(generated.usage.outputTokens);
  });

  it('says what it is when asked, and never claims to be a real model', async () => {
    for (const question of ['Who are you?', 'Are you ChatGPT?', 'Which model are you?']) {
      const { text } = await generateText({ model: new OfflineWriter(), prompt: question });
      expect(text).toContain("Beacon's offline writer");
      expect(text).toContain('not an AI model');
      expect(text).not.toMatch(REAL_MODEL_CLAIM);
    }
  });

  it('passes the task and JSON-safe context from providerOptions to that task’s composer', async () => {
    const seen: OfflineRequest[] = [];
    const chat: OfflineComposer = (request) => {
      seen.push(request);
      return { kind: 'text', text: `Hello ${String(request.context.name)}` };
    };
    const { text } = await generateText({
      model: new OfflineWriter({ chat }),
      system: 'You are the growth assistant.',
      prompt: 'Hi',
      providerOptions: offlineOptions('chat', { name: 'Acme', since: new Date('2026-01-02T03:04:05Z'), missing: undefined }),
    });
    expect(text).toBe('Hello Acme');
    expect(seen[0]?.context).toEqual({ name: 'Acme', since: '2026-01-02T03:04:05.000Z' });
    expect(seen[0]?.prompt.map((message) => message.role)).toEqual(['system', 'user']);
  });

  it('builds objects that pass the zod schema with Output.object', async () => {
    const schema = z.object({
      summary: z.string().max(40),
      platform: z.enum(['linkedin', 'x']),
      postsPerWeek: z.number().int().min(1).max(7),
      score: z.number().min(0).max(1),
      pillars: z.array(z.object({ name: z.string().min(3), description: z.string() })).min(4),
      tags: z.array(z.string()).max(2),
      contact: z.email(),
      note: z.string().nullable(),
      optional: z.string().optional(),
      active: z.boolean(),
    });
    const { output } = await generateText({
      model: new OfflineWriter(),
      output: Output.object({ schema }),
      prompt: `${PROMPT} We post on LinkedIn. Contact ana@acme.test.`,
    });
    expect(schema.parse(output)).toEqual(output);
    expect(output.platform).toBe('linkedin');
    expect(output.postsPerWeek).toBe(4);
    expect(output.pillars).toHaveLength(4);
    expect(output.contact).toBe('ana@acme.test');
    expect(output.summary.length).toBeLessThanOrEqual(40);
  });

  it('repairs a composer object that misses fields or breaks limits', async () => {
    const strategy: OfflineComposer = () => ({ kind: 'object', value: { title: 'A title far too long for the schema', count: 99 } });
    const schema = z.object({ title: z.string().max(10), count: z.number().int().max(5), items: z.array(z.string()).min(2) });
    const { output } = await generateText({
      model: new OfflineWriter({ strategy }),
      output: Output.object({ schema }),
      prompt: PROMPT,
      providerOptions: offlineOptions('strategy', {}),
    });
    expect(schema.parse(output)).toEqual(output);
    expect(output.count).toBe(5);
    expect(output.title.startsWith('A title')).toBe(true);
  });

  it('emits the tool calls a composer asks for, with inputs that fit the tool schema', async () => {
    const chat: OfflineComposer = () => ({ kind: 'tool-calls', calls: [{ toolName: 'createTask', input: { title: 'Call Ana' } }] });
    const tools = {
      createTask: tool({ description: 'Create a task', inputSchema: z.object({ title: z.string(), priority: z.enum(['low', 'high']) }) }),
    };
    const generated = await generateText({ model: new OfflineWriter({ chat }), tools, prompt: 'Add a task', providerOptions: offlineOptions('chat', {}) });
    expect(generated.finishReason).toBe('tool-calls');
    expect(generated.toolCalls).toHaveLength(1);
    expect(generated.toolCalls[0]).toMatchObject({ toolName: 'createTask', input: { title: 'Call Ana', priority: 'low' } });

    const streamed = streamText({ model: new OfflineWriter({ chat }), tools, prompt: 'Add a task', providerOptions: offlineOptions('chat', {}) });
    const calls = await streamed.toolCalls;
    expect(calls.map((call) => [call.toolName, call.input])).toEqual([['createTask', { title: 'Call Ana', priority: 'low' }]]);
    expect(calls[0]?.toolCallId).not.toBe(generated.toolCalls[0]?.toolCallId);
  });

  it('ignores tool calls for tools it was not given, and calls a forced tool', async () => {
    const chat: OfflineComposer = () => ({ kind: 'tool-calls', calls: [{ toolName: 'deleteEverything', input: {} }] });
    const tools = { lookUp: tool({ inputSchema: z.object({ query: z.string() }) }) };
    const ignored = await generateText({ model: new OfflineWriter({ chat }), tools, prompt: 'Hi', providerOptions: offlineOptions('chat', {}) });
    expect(ignored.toolCalls).toHaveLength(0);
    expect(ignored.text.length).toBeGreaterThan(0);

    const forced = await generateText({ model: new OfflineWriter(), tools, toolChoice: { type: 'tool', toolName: 'lookUp' }, prompt: 'Find Acme' });
    expect(forced.toolCalls.map((call) => call.toolName)).toEqual(['lookUp']);
    expect(typeof (forced.toolCalls[0]?.input as { query: unknown }).query).toBe('string');
  });
});
