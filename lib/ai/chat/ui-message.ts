import type { InferUITools, UIMessage } from 'ai';
import type { AiProviderKind } from '@/db/schema/values';
import type { AssistantTools } from './tools';

// Shared by the chat route and the chat UI: only types and plain constants here (no server imports).

/** Sent with the assistant's message on start: which model wrote it and when. */
export type AssistantMetadata = { provider: AiProviderKind; createdAt: string };

export type AssistantUITools = InferUITools<AssistantTools>;
export type AssistantToolName = keyof AssistantUITools;

export type AssistantUIMessage = UIMessage<AssistantMetadata, never, AssistantUITools>;

export const READ_TOOLS = ['searchLeads', 'getLead', 'pipelineSummary', 'listStaleLeads', 'listTasks'] as const satisfies readonly AssistantToolName[];

/** Tools that change the workspace: the assistant proposes them, a person approves each call. */
export const WRITE_TOOLS = ['createTask', 'addNote', 'draftEmail', 'draftSocialPost'] as const satisfies readonly AssistantToolName[];
export type WriteToolName = (typeof WRITE_TOOLS)[number];

export const TOOL_LABELS: Record<AssistantToolName, string> = {
  searchLeads: 'Search leads',
  getLead: 'Look up a lead',
  pipelineSummary: 'Pipeline summary',
  listStaleLeads: 'Find leads going stale',
  listTasks: 'List tasks',
  createTask: 'Create a task',
  addNote: 'Add a note',
  draftEmail: 'Draft an email',
  draftSocialPost: 'Draft a social post',
};

export function isWriteTool(name: string): name is WriteToolName {
  return (WRITE_TOOLS as readonly string[]).includes(name);
}
