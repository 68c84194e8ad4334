import type { JSONSchema7, LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { OFFLINE_TASKS, type OfflineRequest, type OfflineTask } from './types';

function isOfflineTask(value: unknown): value is OfflineTask {
  return typeof value === 'string' && (OFFLINE_TASKS as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Turns the call the AI SDK made into what a composer reads: the task and workspace data the caller put in
 * `providerOptions.offline`, the function tools it may call (none with toolChoice `none`), and the JSON
 * schema when structured output was asked for.
 */
export function readOfflineRequest(options: LanguageModelV4CallOptions): { task: OfflineTask | null; request: OfflineRequest } {
  const offline = options.providerOptions?.offline;
  const task = isOfflineTask(offline?.task) ? offline.task : null;
  const context = isRecord(offline?.context) ? offline.context : {};
  const tools =
    options.toolChoice?.type === 'none'
      ? []
      : (options.tools ?? []).flatMap((tool) =>
          tool.type === 'function' ? [{ name: tool.name, description: tool.description, inputSchema: tool.inputSchema }] : [],
        );
  const schema: JSONSchema7 | null = options.responseFormat?.type === 'json' ? (options.responseFormat.schema ?? {}) : null;
  return { task, request: { prompt: options.prompt, tools, schema, context } };
}
