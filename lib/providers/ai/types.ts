import type { LanguageModelV4 } from '@ai-sdk/provider';
import type { AiFeature, AiProviderKind } from '@/db/schema';
import type { env } from '@/lib/env';

/** What a model is asked to do; each may use its own model. Replies share the chat model. */
export type AiTask = AiFeature;

/** The environment variables that pick the AI provider and its models. */
export type AiEnv = Partial<
  Pick<typeof env, 'OPENAI_API_KEY' | 'AI_BASE_URL' | 'AI_API_KEY' | 'AI_MODEL' | 'AI_MODEL_CHAT' | 'AI_MODEL_STRATEGY' | 'AI_MODEL_CONTENT'>
>;

/** The configured AI provider: which kind runs and the model for each task. */
export type AiProvider = {
  kind: AiProviderKind;
  modelIdFor(task: AiTask): string;
  languageModel(task: AiTask): LanguageModelV4;
};
