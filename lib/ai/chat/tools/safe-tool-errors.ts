import type { Tool, ToolExecutionOptions } from 'ai';
import { safeAiError } from '@/lib/ai/safe-ai-error';
import { AppError, isAppError } from '@/lib/errors';
import { log } from '@/lib/log';

/**
 * A tool whose failures are safe to hand to the model. A thrown error's message becomes the tool result the
 * model reads (and the thread stores), so only an AppError's message gets through; anything else (a failed
 * query quoting its parameters, a driver error) is logged without its data and replaced by `failure`.
 */
export function withSafeToolErrors<T extends Tool>(toolName: string, tool: T, failure: string): T {
  const execute = tool.execute as ((input: unknown, options: ToolExecutionOptions<unknown>) => unknown) | undefined;
  if (!execute) return tool;
  const safeExecute = async (input: unknown, options: ToolExecutionOptions<unknown>) => {
    try {
      return await execute(input, options);
    } catch (error) {
      if (isAppError(error)) throw error;
      log.error({ err: safeAiError(error), tool: toolName, toolCallId: options.toolCallId }, 'assistant tool failed');
      throw new AppError('internal', failure);
    }
  };
  return { ...tool, execute: safeExecute };
}
