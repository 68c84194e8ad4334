import type { JSONObject } from '@ai-sdk/provider';
import type { OfflineTask } from '@/lib/providers/ai/offline/types';

/** The `providerOptions` shape: real providers ignore the `offline` key, the offline writer reads it. */
export type OfflineProviderOptions = { offline: { task: OfflineTask; context: JSONObject } };

/**
 * What every `generateText`/`streamText` call passes as `providerOptions`, so the offline writer knows which
 * task it writes and has the workspace data it needs (it cannot query the database). The context goes
 * through JSON once: dates become ISO strings and undefined values drop, exactly as the model will see them.
 */
export function offlineOptions(task: OfflineTask, context: Record<string, unknown>): OfflineProviderOptions {
  return { offline: { task, context: JSON.parse(JSON.stringify(context)) as JSONObject } };
}
