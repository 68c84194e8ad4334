import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { AiProviderKind } from '@/db/schema';
import { env } from '@/lib/env';
import { getProviderStatus } from '@/lib/providers/status';
import { OFFLINE_MODEL_ID, OfflineWriter } from './offline/offline-writer';
import type { AiEnv, AiProvider, AiTask } from './types';

/** The model each provider uses when neither AI_MODEL nor a per-task variable names one. */
export const DEFAULT_MODEL_IDS: Record<AiProviderKind, string> = {
  openai: 'gpt-4.1-mini',
  'openai-compatible': 'llama3.1',
  offline: OFFLINE_MODEL_ID,
};

function taskOverride(source: AiEnv, task: AiTask): string | undefined {
  if (task === 'strategy') return source.AI_MODEL_STRATEGY;
  if (task === 'content') return source.AI_MODEL_CONTENT;
  return source.AI_MODEL_CHAT;
}

/**
 * The AI provider the configuration selects: OPENAI_API_KEY → OpenAI; else AI_BASE_URL → that
 * OpenAI-compatible server (Ollama, vLLM, LM Studio, OpenRouter); else the offline writer. `fetch` is for
 * tests against a local fake server.
 */
export function getAiProvider(source: AiEnv = env, options: { fetch?: typeof fetch } = {}): AiProvider {
  const kind = getProviderStatus(source).ai;
  const modelIdFor = (task: AiTask) => (kind === 'offline' ? OFFLINE_MODEL_ID : (taskOverride(source, task) ?? source.AI_MODEL ?? DEFAULT_MODEL_IDS[kind]));

  if (kind === 'openai') {
    const openai = createOpenAI({ apiKey: source.OPENAI_API_KEY, fetch: options.fetch });
    return { kind, modelIdFor, languageModel: (task) => openai(modelIdFor(task)) };
  }
  if (kind === 'openai-compatible') {
    const compatible = createOpenAICompatible({
      name: 'openai-compatible',
      baseURL: source.AI_BASE_URL!,
      apiKey: source.AI_API_KEY,
      // Without stream_options.include_usage, streamed replies report no tokens and usage could not be counted.
      includeUsage: true,
      // Ollama, vLLM, LM Studio and OpenRouter accept json_schema; without it the schema would not be sent at all.
      supportsStructuredOutputs: true,
      fetch: options.fetch,
    });
    return { kind, modelIdFor, languageModel: (task) => compatible.chatModel(modelIdFor(task)) };
  }
  const writer = new OfflineWriter();
  return { kind, modelIdFor, languageModel: () => writer };
}

export type { AiEnv, AiProvider, AiTask } from './types';
export { OFFLINE_MODEL_ID, OFFLINE_PROVIDER, OfflineWriter } from './offline/offline-writer';
