import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_MODEL_IDS, getAiProvider, OfflineWriter } from './index';

vi.mock('./offline/composers', () => ({ OFFLINE_COMPOSERS: {} }));

describe('getAiProvider', () => {
  it('uses the offline writer for every task when nothing is configured', () => {
    const provider = getAiProvider({});
    expect(provider.kind).toBe('offline');
    for (const task of ['chat', 'strategy', 'content', 'reply'] as const) {
      expect(provider.modelIdFor(task)).toBe('beacon-offline-writer');
      expect(provider.languageModel(task)).toBeInstanceOf(OfflineWriter);
    }
  });

  it('ignores model names for the offline writer', () => {
    expect(getAiProvider({ AI_MODEL: 'llama3.1', AI_MODEL_CHAT: 'qwen' }).modelIdFor('chat')).toBe('beacon-offline-writer');
  });

  it('picks OpenAI with OPENAI_API_KEY, with gpt-4.1-mini unless a model is named', () => {
    const provider = getAiProvider({ OPENAI_API_KEY: 'sk-test', AI_BASE_URL: 'http://127.0.0.1:11434/v1' });
    expect(provider.kind).toBe('openai');
    expect(provider.modelIdFor('strategy')).toBe(DEFAULT_MODEL_IDS.openai);
    const model = provider.languageModel('chat');
    expect(model.provider).toMatch(/^openai/);
    expect(model.modelId).toBe('gpt-4.1-mini');
  });

  it('picks the compatible server with AI_BASE_URL, defaulting to llama3.1', () => {
    const provider = getAiProvider({ AI_BASE_URL: 'http://127.0.0.1:11434/v1' });
    expect(provider.kind).toBe('openai-compatible');
    expect(provider.modelIdFor('content')).toBe('llama3.1');
    expect(provider.languageModel('content').provider).toMatch(/^openai-compatible/);
  });

  it('uses AI_MODEL for every task and the per-task variables over it; replies share the chat model', () => {
    const provider = getAiProvider({
      AI_BASE_URL: 'http://127.0.0.1:11434/v1',
      AI_MODEL: 'base-model',
      AI_MODEL_CHAT: 'chat-model',
      AI_MODEL_CONTENT: 'content-model',
    });
    expect(provider.modelIdFor('chat')).toBe('chat-model');
    expect(provider.modelIdFor('reply')).toBe('chat-model');
    expect(provider.modelIdFor('content')).toBe('content-model');
    expect(provider.modelIdFor('strategy')).toBe('base-model');
    expect(provider.languageModel('reply').modelId).toBe('chat-model');
  });
});
