import { describe, expect, it } from 'vitest';
import { aiServerFingerprint, canonicalJson, createCacheKey, type CacheKeyInput } from './cache-key';

const base: CacheKeyInput = {
  orgId: '00000000-0000-4000-8000-000000000001',
  server: 'openai:https://api.openai.com/v1',
  provider: 'openai.responses',
  modelId: 'gpt-4.1-mini',
  mode: 'generate',
  params: { prompt: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }], temperature: 0.2 },
};

describe('canonicalJson', () => {
  it('sorts keys and drops undefined values at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: undefined, c: [2, undefined] } })).toBe('{"a":{"c":[2,null]},"b":1}');
    expect(canonicalJson({ when: new Date('2026-01-01T00:00:00Z'), bytes: new Uint8Array([1, 2]) })).toBe(
      '{"bytes":{"bytes":"AQI="},"when":"2026-01-01T00:00:00.000Z"}',
    );
  });
});

describe('createCacheKey', () => {
  it('is a sha256 that ignores key order, abort signals and headers', () => {
    const key = createCacheKey(base);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    const reordered = { ...base, params: { temperature: 0.2, prompt: base.params.prompt, abortSignal: new AbortController().signal, headers: { 'x-request': '1' } } };
    expect(createCacheKey(reordered)).toBe(key);
  });

  it('changes with the workspace, server, model, mode, prompt, schema or provider options', () => {
    const key = createCacheKey(base);
    const variants: CacheKeyInput[] = [
      { ...base, orgId: '00000000-0000-4000-8000-000000000002' },
      { ...base, server: 'openai-compatible:http://localhost:11434/v1' },
      { ...base, modelId: 'gpt-4.1' },
      { ...base, mode: 'stream' },
      { ...base, params: { ...base.params, prompt: [{ role: 'user', content: [{ type: 'text', text: 'Hello' }] }] } },
      { ...base, params: { ...base.params, responseFormat: { type: 'json', schema: { type: 'object' } } } },
      { ...base, params: { ...base.params, providerOptions: { offline: { task: 'chat', context: { leads: 2 } } } } },
    ];
    for (const variant of variants) expect(createCacheKey(variant)).not.toBe(key);
  });
});

describe('aiServerFingerprint', () => {
  it('names the server a provider kind talks to', () => {
    expect(aiServerFingerprint('openai', {})).toBe('openai:https://api.openai.com/v1');
    expect(aiServerFingerprint('openai', { openAiBaseUrl: 'https://proxy.example.test/v1/' })).toBe('openai:https://proxy.example.test/v1');
    const ollama = aiServerFingerprint('openai-compatible', { baseUrl: 'http://localhost:11434/v1/' });
    expect(ollama).toBe('openai-compatible:http://localhost:11434/v1');
    expect(aiServerFingerprint('openai-compatible', { baseUrl: 'http://gpu-box:8000/v1' })).not.toBe(ollama);
    expect(aiServerFingerprint('offline', { baseUrl: 'http://ignored' })).toBe('offline');
  });
});
