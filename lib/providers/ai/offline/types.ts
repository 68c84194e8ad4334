import type { JSONSchema7, LanguageModelV4Prompt } from '@ai-sdk/provider';

/** What the offline writer is asked: the whole prompt, the tools it may call, the schema it must honour. */
export type OfflineRequest = {
  prompt: LanguageModelV4Prompt;
  tools: { name: string; description?: string; inputSchema: JSONSchema7 }[];
  /** Set when structured output was requested: the reply must be an object matching it. */
  schema: JSONSchema7 | null;
  /** The caller's workspace data for the task, passed as `providerOptions.offline.context`. */
  context: Record<string, unknown>;
};

export type OfflineReply =
  | { kind: 'text'; text: string }
  | { kind: 'tool-calls'; calls: { toolName: string; input: Record<string, unknown> }[] }
  | { kind: 'object'; value: unknown };

/** One task's deterministic writer: the same request always gives the same reply. */
export type OfflineComposer = (request: OfflineRequest) => OfflineReply;

/** The tasks callers name in `providerOptions.offline.task`. */
export const OFFLINE_TASKS = ['chat', 'reply', 'strategy', 'content', 'improve'] as const;
export type OfflineTask = (typeof OFFLINE_TASKS)[number];
