import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import type { OfflineWritten } from './offline-writer';

/** Word-sized pieces that join back to the exact text (each word keeps the whitespace after it). */
export function splitWordChunks(text: string): string[] {
  return text.split(/(?<=\s)(?=\S)/).filter((chunk) => chunk.length > 0);
}

function partsOf(written: OfflineWritten, modelId: string): LanguageModelV4StreamPart[] {
  const parts: LanguageModelV4StreamPart[] = [{ type: 'stream-start', warnings: [] }, { type: 'response-metadata', modelId }];
  written.content.forEach((content, index) => {
    if (content.type === 'text') {
      const id = `text-${index}`;
      parts.push({ type: 'text-start', id });
      for (const delta of splitWordChunks(content.text)) parts.push({ type: 'text-delta', id, delta });
      parts.push({ type: 'text-end', id });
    } else if (content.type === 'tool-call') {
      const id = content.toolCallId;
      parts.push({ type: 'tool-input-start', id, toolName: content.toolName });
      parts.push({ type: 'tool-input-delta', id, delta: content.input });
      parts.push({ type: 'tool-input-end', id });
      parts.push(content);
    }
  });
  parts.push({ type: 'finish', usage: written.usage, finishReason: written.finishReason });
  return parts;
}

/** The written reply as a model stream: one part per pull, no timers, so the reader sets the pace. */
export function streamWritten(written: OfflineWritten, modelId: string): ReadableStream<LanguageModelV4StreamPart> {
  const parts = partsOf(written, modelId);
  let next = 0;
  return new ReadableStream<LanguageModelV4StreamPart>({
    pull(controller) {
      const part = parts[next];
      next += 1;
      if (part) controller.enqueue(part);
      else controller.close();
    },
  });
}
