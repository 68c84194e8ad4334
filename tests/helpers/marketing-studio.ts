import type { LanguageModelV4, LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { MockLanguageModelV4 } from 'ai/test';
import type { Db } from '@/db';
import { businessProfiles, contentPosts, type ContentPlatform } from '@/db/schema';
import type { AiProvider } from '@/lib/providers/ai';

const USAGE = {
  inputTokens: { total: 40, noCache: 40, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 60, text: 60, reasoning: undefined },
};

/**
 * A mock model answering each call with the next of `answers` (objects are sent as JSON text, an Error is
 * thrown); the last answer repeats. `calls` keeps every call's options for assertions.
 */
export function scriptedModel(answers: (unknown | Error)[]) {
  const calls: LanguageModelV4CallOptions[] = [];
  const model = new MockLanguageModelV4({
    doGenerate: async (options) => {
      calls.push(options);
      const answer = answers[Math.min(calls.length - 1, answers.length - 1)];
      if (answer instanceof Error) throw answer;
      const text = typeof answer === 'string' ? answer : JSON.stringify(answer);
      return { content: [{ type: 'text', text }], finishReason: { unified: 'stop', raw: undefined }, usage: USAGE, warnings: [] };
    },
  });
  return { model, calls };
}

export function providerOf(model: LanguageModelV4): AiProvider {
  return { kind: 'openai', modelIdFor: () => 'mock-model', languageModel: () => model };
}

/** The user messages' text of one model call (what the prompt asked). */
export function promptText(options: LanguageModelV4CallOptions): string {
  return options.prompt
    .flatMap((message) => (typeof message.content === 'string' ? [message.content] : message.content.flatMap((part) => ('text' in part ? [part.text] : []))))
    .join('\n');
}

export async function setBusinessProfile(db: Db, orgId: string, profile: Partial<typeof businessProfiles.$inferInsert> = {}) {
  await db
    .insert(businessProfiles)
    .values({
      orgId,
      description: 'Bookkeeping software for creative agencies',
      industry: 'B2B SaaS',
      audience: 'agency founders',
      goals: 'more demo requests and brand awareness',
      voice: 'friendly and direct',
      ...profile,
    })
    .onConflictDoNothing();
}

/** `count` posts written by hand this month (they count against the plan's posts per month). */
export async function createManualPosts(db: Db, orgId: string, count: number, platform: ContentPlatform = 'linkedin') {
  if (count === 0) return [];
  return db
    .insert(contentPosts)
    .values(Array.from({ length: count }, (_, i) => ({ orgId, platform, body: `Hand-written post ${i + 1}`, hashtags: [] })))
    .returning();
}
