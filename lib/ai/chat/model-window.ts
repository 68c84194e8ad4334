/** How many stored messages the model reads each turn; the stored thread itself stays complete. */
export const MAX_MODEL_MESSAGES = 40;

/**
 * The recent part of a conversation for the prompt: at most `max` messages, starting at a user message.
 * A UI message holds each tool call together with its result, so cutting between messages never splits a
 * pair; starting at a question keeps the prompt from opening with an answer or a tool result.
 */
export function modelWindow<T extends { role: string }>(messages: T[], max = MAX_MODEL_MESSAGES): T[] {
  if (messages.length <= max) return messages;
  const recent = messages.slice(-max);
  const firstQuestion = recent.findIndex((message) => message.role === 'user');
  return firstQuestion > 0 ? recent.slice(firstQuestion) : recent;
}
