import type { LanguageModelV4Prompt } from '@ai-sdk/provider';
import { z } from 'zod';

/** One tool result in the prompt: its outcome and (for 'ok') the JSON it returned. */
export type ToolOutcome = {
  toolName: string;
  status: 'ok' | 'denied' | 'error';
  value: unknown;
  /** Whether it came after the last user message (this turn's own work). */
  thisTurn: boolean;
};

/** Every tool result of the conversation, in order. */
export function toolOutcomes(prompt: LanguageModelV4Prompt): ToolOutcome[] {
  const lastUser = prompt.findLastIndex((message) => message.role === 'user');
  const outcomes: ToolOutcome[] = [];
  prompt.forEach((message, index) => {
    if (message.role !== 'tool') return;
    for (const part of message.content) {
      if (part.type !== 'tool-result') continue;
      const { output } = part;
      const status = output.type === 'execution-denied' ? 'denied' : output.type === 'error-text' || output.type === 'error-json' ? 'error' : 'ok';
      const value = 'value' in output ? output.value : 'reason' in output ? output.reason : undefined;
      outcomes.push({ toolName: part.toolName, status, value, thisTurn: index > lastUser });
    }
  });
  return outcomes;
}

// The workspace data the chat route passes in `providerOptions.offline.context`, read leniently: a context
// is plain JSON and every field may be missing.
const text = z.string().catch('');
const count = z.number().catch(0);
export const chatContextSchema = z.object({
  orgSlug: text,
  userName: text,
  now: text,
  profile: z.object({ name: text, description: text, industry: text, audience: text, goals: text, voice: text }).partial().catch({}),
  summary: z
    .object({
      today: text,
      weekday: text,
      stages: z.array(z.object({ name: text, status: text, leads: count })).catch([]),
      totalLeads: count,
      openLeads: count,
      staleLeads: count,
      staleAfterDays: z.number().catch(7),
      openTasks: count,
      overdueTasks: count,
      myOpenTasks: count,
      myOverdueTasks: count,
    })
    .partial()
    .catch({}),
});
export type ChatContext = z.infer<typeof chatContextSchema>;

export function readChatContext(value: unknown): ChatContext {
  return chatContextSchema.parse(value ?? {});
}

// The shapes of the read tools' results the writer quotes from (see lib/ai/chat/tools).
const leadRef = z.object({ id: z.string(), name: z.string(), company: z.string().nullish(), url: z.string().catch('') });
export const staleResultSchema = z.object({
  days: z.number().catch(7),
  total: z.number().catch(0),
  leads: z.array(leadRef.extend({ daysQuiet: z.number().catch(0), stage: z.string().nullish() })).catch([]),
});
export const searchResultSchema = z.object({
  leads: z.array(leadRef.extend({ email: z.string().nullish(), stage: z.string().nullish(), score: z.number().nullish() })).catch([]),
  hasMore: z.boolean().catch(false),
});
export const pipelineResultSchema = z.object({
  stages: z.array(z.object({ name: z.string(), status: z.string().catch('open'), leads: z.number().catch(0), value: z.array(z.object({ amount: z.number(), currency: z.string() })).catch([]) })).catch([]),
  totalLeads: z.number().catch(0),
  openLeads: z.number().catch(0),
  url: z.string().catch(''),
});
export const tasksResultSchema = z.object({
  scope: z.string().catch('mine'),
  tasks: z
    .array(z.object({ title: z.string(), dueAt: z.string().nullish(), overdue: z.boolean().catch(false), assignee: z.string().nullish(), lead: z.object({ name: z.string().nullish(), url: z.string() }).nullish() }))
    .catch([]),
  url: z.string().catch(''),
});
export const leadResultSchema = z.object({
  lead: leadRef.extend({ email: z.string().nullish(), stage: z.string().nullish(), owner: z.string().nullish(), score: z.number().nullish(), lastActivityAt: z.string().nullish() }),
  recentActivity: z.array(z.object({ type: z.string(), body: z.string().nullish(), at: z.string() })).catch([]),
  openTasks: z.array(z.object({ title: z.string(), dueAt: z.string().nullish() })).catch([]),
});
