import { randomUUID } from 'node:crypto';
import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4Content,
  LanguageModelV4FinishReason,
  LanguageModelV4GenerateResult,
  LanguageModelV4StreamResult,
  LanguageModelV4Usage,
} from '@ai-sdk/provider';
import { OFFLINE_COMPOSERS } from './composers';
import { composeGeneric } from './generic';
import { readOfflineRequest } from './offline-request';
import { estimateTokens, promptSourceText } from './prompt-text';
import { conformToSchema } from './schema-value';
import { streamWritten } from './stream-written';
import type { OfflineComposer, OfflineReply, OfflineRequest, OfflineTask } from './types';

export const OFFLINE_PROVIDER = 'offline';
export const OFFLINE_MODEL_ID = 'beacon-offline-writer';

export type OfflineComposers = Partial<Record<OfflineTask, OfflineComposer>>;

/** What one call wrote, in the shape both doGenerate and doStream return. */
export type OfflineWritten = { content: LanguageModelV4Content[]; finishReason: LanguageModelV4FinishReason; usage: LanguageModelV4Usage };

function usageOf(inputTokens: number, outputTokens: number): LanguageModelV4Usage {
  return {
    inputTokens: { total: inputTokens, noCache: inputTokens, cacheRead: undefined, cacheWrite: undefined },
    outputTokens: { total: outputTokens, text: outputTokens, reasoning: undefined },
  };
}

function promptChars(options: LanguageModelV4CallOptions): number {
  let chars = JSON.stringify(options.tools ?? []).length;
  if (options.responseFormat?.type === 'json') chars += JSON.stringify(options.responseFormat.schema ?? {}).length;
  for (const message of options.prompt) {
    if (typeof message.content === 'string') {
      chars += message.content.length;
      continue;
    }
    for (const part of message.content) {
      if (part.type === 'text' || part.type === 'reasoning') chars += part.text.length;
      else if (part.type === 'tool-call') chars += JSON.stringify(part.input ?? null).length;
      else if (part.type === 'tool-result') chars += JSON.stringify(part.output ?? null).length;
    }
  }
  return chars;
}

/** When the caller forces a tool (toolChoice `required` or a named tool), a text reply becomes that call. */
function enforceToolChoice(reply: OfflineReply, request: OfflineRequest, options: LanguageModelV4CallOptions): OfflineReply {
  const choice = options.toolChoice;
  if (reply.kind === 'tool-calls' || !choice || (choice.type !== 'required' && choice.type !== 'tool')) return reply;
  const tool = choice.type === 'tool' ? request.tools.find((candidate) => candidate.name === choice.toolName) : request.tools[0];
  return tool ? { kind: 'tool-calls', calls: [{ toolName: tool.name, input: {} }] } : reply;
}

/**
 * Beacon's offline writer: a language model (AI SDK spec v4) with no model behind it. Each task's composer
 * writes from templates and the workspace data the caller passed in `providerOptions.offline`; the same
 * request always gets the same text, tool calls and objects. Structured output is forced to fit the schema.
 */
export class OfflineWriter implements LanguageModelV4 {
  readonly specificationVersion = 'v4' as const;
  readonly provider = OFFLINE_PROVIDER;
  readonly modelId = OFFLINE_MODEL_ID;
  readonly supportedUrls: Record<string, RegExp[]> = {};

  constructor(private readonly composers: OfflineComposers = OFFLINE_COMPOSERS) {}

  write(options: LanguageModelV4CallOptions): OfflineWritten {
    const { task, request } = readOfflineRequest(options);
    const composer = (task && this.composers[task]) || composeGeneric;
    const reply = enforceToolChoice(composer(request), request, options);
    const source = promptSourceText(request.prompt);
    const inputTokens = estimateTokens(promptChars(options));

    if (reply.kind === 'tool-calls') {
      const calls = reply.calls.flatMap((call) => {
        const tool = request.tools.find((candidate) => candidate.name === call.toolName);
        if (!tool) return [];
        const input = JSON.stringify(conformToSchema(call.input, tool.inputSchema, source));
        // Tool call ids must be unique across every call (threads store them per workspace), so they are
        // the one thing not derived from the request.
        return [{ type: 'tool-call' as const, toolCallId: `offline-${randomUUID()}`, toolName: tool.name, input }];
      });
      if (calls.length > 0) {
        const outputTokens = estimateTokens(calls.map((call) => call.toolName + call.input).join(''));
        return { content: calls, finishReason: { unified: 'tool-calls', raw: undefined }, usage: usageOf(inputTokens, outputTokens) };
      }
    }

    let text: string;
    if (request.schema) {
      const seed = reply.kind === 'object' ? reply.value : undefined;
      const seedText = reply.kind === 'text' ? `${reply.text}\n${source}` : source;
      text = JSON.stringify(conformToSchema(seed, request.schema, seedText));
    } else if (reply.kind === 'text') {
      text = reply.text;
    } else if (reply.kind === 'object') {
      text = JSON.stringify(reply.value);
    } else {
      const fallback = composeGeneric({ ...request, tools: [] });
      text = fallback.kind === 'text' ? fallback.text : JSON.stringify(fallback.kind === 'object' ? fallback.value : null);
    }
    return { content: [{ type: 'text', text }], finishReason: { unified: 'stop', raw: undefined }, usage: usageOf(inputTokens, estimateTokens(text)) };
  }

  async doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
    return { ...this.write(options), warnings: [], response: { modelId: OFFLINE_MODEL_ID } };
  }

  async doStream(options: LanguageModelV4CallOptions): Promise<LanguageModelV4StreamResult> {
    return { stream: streamWritten(this.write(options), OFFLINE_MODEL_ID) };
  }
}
