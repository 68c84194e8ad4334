import { createHash } from 'node:crypto';
import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';

/** JSON with object keys sorted and undefined dropped, so equal requests give equal text whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalize(value));
}

function normalize(value: unknown): unknown {
  if (value === undefined || typeof value === 'function') return undefined;
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString();
  if (value instanceof URL) return value.toString();
  if (value instanceof Uint8Array) return { bytes: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map((item) => normalize(item) ?? null);
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = normalize((value as Record<string, unknown>)[key]);
    if (item !== undefined) result[key] = item;
  }
  return result;
}

export type CacheKeyInput = {
  orgId: string;
  /** Which server answers (see aiServerFingerprint): the same model name on two servers is two models. */
  server: string;
  provider: string;
  modelId: string;
  mode: 'generate' | 'stream';
  params: LanguageModelV4CallOptions;
};

/**
 * sha256 of everything that decides the answer: workspace, server, provider, model, prompt, tools, output schema,
 * sampling settings and provider options (the offline writer's context lives there). Abort signals and
 * headers do not change an answer and stay out.
 */
export function createCacheKey({ orgId, server, provider, modelId, mode, params }: CacheKeyInput): string {
  const material = canonicalJson({
    version: 2,
    orgId,
    server,
    provider,
    modelId,
    mode,
    prompt: params.prompt,
    tools: params.tools,
    toolChoice: params.toolChoice,
    responseFormat: params.responseFormat,
    providerOptions: params.providerOptions,
    maxOutputTokens: params.maxOutputTokens,
    temperature: params.temperature,
    topP: params.topP,
    topK: params.topK,
    presencePenalty: params.presencePenalty,
    frequencyPenalty: params.frequencyPenalty,
    stopSequences: params.stopSequences,
    seed: params.seed,
    reasoning: params.reasoning,
  });
  return createHash('sha256').update(material).digest('hex');
}

/**
 * The server a provider kind talks to: OpenAI's API (or the OPENAI_BASE_URL the SDK honours), the configured
 * OpenAI-compatible base URL (two local servers may both serve "llama3.1"), or the offline writer.
 */
export function aiServerFingerprint(kind: string, { baseUrl, openAiBaseUrl }: { baseUrl?: string; openAiBaseUrl?: string }): string {
  if (kind === 'openai') return `openai:${trimSlash(openAiBaseUrl || 'https://api.openai.com/v1')}`;
  if (kind === 'openai-compatible') return `openai-compatible:${trimSlash(baseUrl ?? '')}`;
  return kind;
}

function trimSlash(url: string) {
  return url.replace(/\/+$/, '');
}
