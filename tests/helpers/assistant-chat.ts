import type { LanguageModelV4StreamPart, LanguageModelV4Usage } from '@ai-sdk/provider';
import { convertArrayToReadableStream, MockLanguageModelV4 } from 'ai/test';
import type { AiProvider } from '@/lib/providers/ai';

/** One model step: plain text, or tool calls (input as an object; ids fixed by the test or generated). */
export type MockStep = { text: string } | { toolCalls: { toolName: string; input: Record<string, unknown>; toolCallId?: string }[] };

const USAGE: LanguageModelV4Usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 5, text: 5, reasoning: undefined },
};

let callCounter = 0;

function streamOf(step: MockStep): LanguageModelV4StreamPart[] {
  const parts: LanguageModelV4StreamPart[] = [{ type: 'stream-start', warnings: [] }];
  if ('text' in step) {
    parts.push({ type: 'text-start', id: 't1' }, { type: 'text-delta', id: 't1', delta: step.text }, { type: 'text-end', id: 't1' });
    parts.push({ type: 'finish', finishReason: { unified: 'stop', raw: undefined }, usage: USAGE });
    return parts;
  }
  for (const call of step.toolCalls) {
    callCounter += 1;
    parts.push({ type: 'tool-call', toolCallId: call.toolCallId ?? `call-${Date.now()}-${callCounter}`, toolName: call.toolName, input: JSON.stringify(call.input) });
  }
  parts.push({ type: 'finish', finishReason: { unified: 'tool-calls', raw: undefined }, usage: USAGE });
  return parts;
}

/** A mock chat model answering each model call with the next step (the last one repeats). */
export function mockChatModel(steps: MockStep[]) {
  let index = 0;
  return new MockLanguageModelV4({
    doStream: async () => {
      const step = steps[Math.min(index, steps.length - 1)]!;
      index += 1;
      return { stream: convertArrayToReadableStream(streamOf(step)) };
    },
  });
}

/** A provider handing out one model for every task (getWorkspaceModel's test seam). */
export function providerOf(model: AiProvider['languageModel'] extends (task: never) => infer M ? M : never, kind: AiProvider['kind'] = 'openai'): AiProvider {
  return { kind, modelIdFor: () => 'test-model', languageModel: () => model };
}

export type UiChunk = { type: string; [key: string]: unknown };

/** Reads a UI message stream response to its end and returns its chunks. */
export async function readUiChunks(response: Response): Promise<UiChunk[]> {
  const body = await response.text();
  return body
    .split('\n')
    .filter((line) => line.startsWith('data: ') && line !== 'data: [DONE]')
    .map((line) => JSON.parse(line.slice('data: '.length)) as UiChunk);
}

export function userMessage(text: string, id = `u-${Date.now()}-${(callCounter += 1)}`) {
  return { id, role: 'user' as const, parts: [{ type: 'text', text }] };
}
