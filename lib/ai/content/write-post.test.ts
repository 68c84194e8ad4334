import { MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { writePost } from './write-post';

describe('writePost', () => {
  it('gives up on a model that does not answer in time, with a message to try again', async () => {
    const hanging = new MockLanguageModelV4({
      doGenerate: ({ abortSignal }) => new Promise((_, reject) => abortSignal?.addEventListener('abort', () => reject(abortSignal.reason))),
    });
    const started = Date.now();
    await expect(writePost({ model: hanging, platform: 'x', instructions: 'Write.', prompt: 'A post', providerOptions: undefined, timeoutMs: 20 })).rejects.toMatchObject({
      code: 'unavailable',
      message: 'The AI model took too long to write the post. Try again in a minute.',
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
