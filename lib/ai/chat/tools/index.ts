import type { Permission } from '@/lib/orgs/permissions';
import { addNoteTool, draftEmailTool } from './lead-write-tools';
import { getLeadTool, searchLeadsTool } from './lead-tools';
import { listStaleLeadsTool, pipelineSummaryTool } from './pipeline-tools';
import type { ToolRuntime } from './runtime';
import { withSafeToolErrors } from './safe-tool-errors';
import { draftSocialPostTool } from './social-tools';
import { createTaskTool, listTasksTool } from './task-tools';

const FACTORIES = {
  searchLeads: searchLeadsTool,
  getLead: getLeadTool,
  pipelineSummary: pipelineSummaryTool,
  listStaleLeads: listStaleLeadsTool,
  listTasks: listTasksTool,
  createTask: createTaskTool,
  addNote: addNoteTool,
  draftEmail: draftEmailTool,
  draftSocialPost: draftSocialPostTool,
};

export type AssistantTools = { [Name in keyof typeof FACTORIES]: ReturnType<(typeof FACTORIES)[Name]> };
type ToolName = keyof AssistantTools;

/** The permissions each tool needs: a caller only gets the tools their role holds all of. */
const TOOL_PERMISSIONS: Record<ToolName, Permission[]> = {
  searchLeads: ['leads.read'],
  getLead: ['leads.read'],
  pipelineSummary: ['leads.read'],
  listStaleLeads: ['leads.read'],
  listTasks: ['tasks.read'],
  createTask: ['tasks.write'],
  addNote: ['leads.read', 'leads.write'],
  draftEmail: ['leads.read', 'leads.write'],
  draftSocialPost: ['marketing.write'],
};

const NEEDS_APPROVAL: ToolName[] = ['createTask', 'addNote', 'draftEmail', 'draftSocialPost'];

/**
 * The tools for one request, built around the caller's ctx so every query stays in their workspace. Their
 * unexpected errors reach the model as a generic sentence (see withSafeToolErrors).
 */
export function buildAssistantTools(runtime: ToolRuntime): Partial<AssistantTools> {
  const tools: Partial<Record<ToolName, unknown>> = {};
  for (const name of Object.keys(FACTORIES) as ToolName[]) {
    if (!TOOL_PERMISSIONS[name].every((permission) => runtime.can(permission))) continue;
    const failure = NEEDS_APPROVAL.includes(name) ? 'The action failed.' : 'The lookup failed.';
    tools[name] = withSafeToolErrors(name, FACTORIES[name](runtime), failure);
  }
  return tools as Partial<AssistantTools>;
}

/** Every write tool waits for a person's approval; read tools run straight away. */
export function assistantToolApproval(tools: Partial<AssistantTools>): Partial<Record<ToolName, 'user-approval'>> {
  return Object.fromEntries(NEEDS_APPROVAL.filter((name) => name in tools).map((name) => [name, 'user-approval' as const]));
}
