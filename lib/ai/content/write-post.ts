import { generateText, Output, type LanguageModel, type ModelMessage } from 'ai';
import type { ContentPlatform } from '@/db/schema/values';
import { AppError } from '@/lib/errors';
import { generatedPostSchema } from './content-schemas';
import { fitsPlatform, fitToPlatform, normalizeHashtags, postLength, type PostText } from './platform-limits';
import { buildTooLongPrompt } from './post-prompt';

// One post should take seconds; a stuck model must not hold the batch (and the person watching it) for ever.
const POST_TIMEOUT_MS = 60_000;

export type WritePostRequest = {
  model: LanguageModel;
  platform: ContentPlatform;
  instructions: string;
  prompt: string;
  providerOptions: Parameters<typeof generateText>[0]['providerOptions'];
  abortSignal?: AbortSignal;
  timeoutMs?: number;
};

async function ask(request: WritePostRequest, messages: ModelMessage[]): Promise<PostText> {
  const timeout = AbortSignal.timeout(request.timeoutMs ?? POST_TIMEOUT_MS);
  try {
    const { output } = await generateText({
      model: request.model,
      instructions: request.instructions,
      messages,
      output: Output.object({ schema: generatedPostSchema }),
      providerOptions: request.providerOptions,
      abortSignal: request.abortSignal ? AbortSignal.any([request.abortSignal, timeout]) : timeout,
    });
    return { body: output.body.trim(), hashtags: normalizeHashtags(output.hashtags) };
  } catch (error) {
    if (timeout.aborted && !request.abortSignal?.aborted) throw new AppError('unavailable', 'The AI model took too long to write the post. Try again in a minute.', { cause: error });
    throw error;
  }
}

/**
 * Asks the model for one post and makes sure it fits the platform: a post that is too long is sent back
 * once with the limit restated; if the second answer is still too long it is cut at a word boundary.
 */
export async function writePost(request: WritePostRequest): Promise<PostText> {
  const messages: ModelMessage[] = [{ role: 'user', content: request.prompt }];
  const first = await ask(request, messages);
  if (fitsPlatform(first, request.platform)) return first;
  const second = await ask(request, [
    ...messages,
    { role: 'assistant', content: JSON.stringify(first) },
    { role: 'user', content: buildTooLongPrompt(request.platform, postLength(first, request.platform)) },
  ]);
  return fitsPlatform(second, request.platform) ? second : fitToPlatform(second, request.platform);
}
