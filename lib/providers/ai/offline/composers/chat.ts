import { z } from 'zod';
import { platformLabelOf } from '@/lib/ai/content/platform-labels';
import { isIdentityQuestion, OFFLINE_SELF_DESCRIPTION } from '../generic';
import { lastUserText } from '../prompt-text';
import type { OfflineComposer, OfflineReply } from '../types';
import { answerLead, answerOverview, answerPipeline, answerSearch, answerStaleLeads, answerTasks } from './chat-answers';
import {
  leadResultSchema,
  pipelineResultSchema,
  readChatContext,
  searchResultSchema,
  staleResultSchema,
  tasksResultSchema,
  toolOutcomes,
  type ChatContext,
  type ToolOutcome,
} from './chat-conversation';
import { composeFollowUpEmail, composeSocialPost, tomorrowMorning } from './chat-drafts';
import { readIntent, type ChatIntent } from './chat-intent';
import { escapeMarkdown as md, markdownLink } from './chat-markdown';
import { capitalize } from './keywords';

type WriteIntent = Extract<ChatIntent, { kind: 'create-task' | 'add-note' | 'draft-email' }>;
type Lead = { id: string; name: string; company?: string | null };

const text = (value: string): OfflineReply => ({ kind: 'text', text: value });
const call = (toolName: string, input: Record<string, unknown>): OfflineReply => ({ kind: 'tool-calls', calls: [{ toolName, input }] });

const WRITE_TOOL_OF = { 'create-task': 'createTask', 'add-note': 'addNote', 'draft-email': 'draftEmail' } as const;
const DONE_PHRASE: Record<string, string> = {
  createTask: 'create the task',
  addNote: 'add the note',
  draftEmail: 'save the email draft',
  draftSocialPost: 'save the post draft',
};
const NOT_ALLOWED: Record<string, string> = {
  createTask: 'create tasks',
  addNote: 'add notes to leads',
  draftEmail: 'draft emails to leads',
  draftSocialPost: 'draft social posts',
  listStaleLeads: 'see leads',
  pipelineSummary: 'see the pipeline',
  listTasks: 'see tasks',
  searchLeads: 'see leads',
};

const writeResult = z.looseObject({ title: z.string().optional(), dueAt: z.string().nullish(), url: z.string().optional(), leadName: z.string().optional(), subject: z.string().optional(), hasEmail: z.boolean().optional(), platform: z.string().optional() });

/** What to say once a proposed write was approved and ran, declined, or failed. */
function confirmWrite(outcome: ToolOutcome): string {
  if (outcome.status === 'denied') return `Okay, I did not ${DONE_PHRASE[outcome.toolName] ?? 'do that'}. Tell me what you would like instead.`;
  if (outcome.status === 'error') return `That did not work: ${typeof outcome.value === 'string' ? md(outcome.value) : 'the action failed'}. Nothing was changed.`;
  const result = writeResult.catch({}).parse(outcome.value);
  const open = result.url ? ` ${markdownLink('Open it', result.url)}.` : '';
  switch (outcome.toolName) {
    case 'createTask':
      return `Done: I created the task **${md(result.title) || 'Follow up'}**${result.dueAt ? `, due ${md(result.dueAt.slice(0, 16).replace('T', ' '))} UTC` : ''}, assigned to you.${open}`;
    case 'addNote':
      return `Done: the note is on the lead's timeline.${open}`;
    case 'draftEmail':
      return `Done: the draft "${md(result.subject) || 'email'}" is saved on ${md(result.leadName) || 'the lead'}'s page. Nothing has been sent: review, edit and send it from there.${result.hasEmail === false ? ' The lead has no email address yet, so add one first.' : ''}${open}`;
    default:
      return `Done: the ${platformLabelOf(result.platform) ?? 'social'} post is saved as a draft. Nothing is published until you schedule it.${open}`;
  }
}

/** The write tool call for a lead found by name (or picked from earlier results). */
function proposeWrite(intent: WriteIntent, lead: Lead, context: ChatContext): OfflineReply {
  if (intent.kind === 'create-task') {
    const title = intent.purpose ? `${capitalize(intent.purpose)} (${lead.name})` : `Follow up with ${lead.name}`;
    return call('createTask', { title: title.slice(0, 300), leadId: lead.id, ...(tomorrowMorning(context) ? { dueAt: tomorrowMorning(context) } : {}) });
  }
  if (intent.kind === 'add-note') return call('addNote', { leadId: lead.id, body: intent.body ?? '' });
  return call('draftEmail', { leadId: lead.id, ...composeFollowUpEmail(context, lead, intent.about) });
}

/** The latest lead the conversation already surfaced: the quietest stale lead, else a lead looked up. */
function leadFromEarlier(outcomes: ToolOutcome[]): Lead | null {
  for (const outcome of [...outcomes].reverse()) {
    if (outcome.status !== 'ok') continue;
    if (outcome.toolName === 'listStaleLeads') {
      const first = staleResultSchema.safeParse(outcome.value).data?.leads[0];
      if (first) return first;
    }
    if (outcome.toolName === 'getLead') {
      const lead = leadResultSchema.safeParse(outcome.value).data?.lead;
      if (lead) return lead;
    }
  }
  return null;
}

function startWrite(intent: WriteIntent, context: ChatContext, tools: Set<string>, outcomes: ToolOutcome[]): OfflineReply {
  const tool = WRITE_TOOL_OF[intent.kind];
  if (!tools.has(tool)) return text(`You do not have permission to ${NOT_ALLOWED[tool]} in this workspace, so I cannot do that for you.`);
  if (intent.kind === 'add-note' && !intent.body) return text('What should the note say? For example: "add a note on Maya Lindqvist: asked for pricing for 5 seats".');
  if (intent.name) {
    if (tools.has('searchLeads')) return call('searchLeads', { query: intent.name, limit: 5 });
    if (intent.kind === 'create-task') return call('createTask', { title: `Follow up with ${intent.name}`, ...(tomorrowMorning(context) ? { dueAt: tomorrowMorning(context) } : {}) });
  }
  const earlier = leadFromEarlier(outcomes);
  if (earlier) return proposeWrite(intent, earlier, context);
  if (intent.kind === 'create-task' && intent.purpose) {
    return call('createTask', { title: capitalize(intent.purpose).slice(0, 300), ...(tomorrowMorning(context) ? { dueAt: tomorrowMorning(context) } : {}) });
  }
  const example = { 'create-task': 'create a follow-up task for Maya Lindqvist', 'add-note': 'add a note on Maya Lindqvist: …', 'draft-email': 'draft an email to Maya Lindqvist' }[intent.kind];
  return text(`Which lead is it for? Name them, for example: "${example}".`);
}

function startRead(toolName: string, input: Record<string, unknown>, tools: Set<string>): OfflineReply {
  return tools.has(toolName) ? call(toolName, input) : text(`You do not have permission to ${NOT_ALLOWED[toolName]} in this workspace.`);
}

/** Answers a read tool's result (this turn's), or moves a write request on from its lead search. */
function afterRead(outcome: ToolOutcome, intent: ChatIntent, context: ChatContext): OfflineReply {
  if (outcome.status !== 'ok') return text(`I could not look that up: ${typeof outcome.value === 'string' ? md(outcome.value) : 'the lookup failed'}.`);
  if (outcome.toolName === 'searchLeads') {
    const result = searchResultSchema.parse(outcome.value);
    if (intent.kind === 'create-task' || intent.kind === 'add-note' || intent.kind === 'draft-email') {
      const lead = result.leads[0];
      if (!lead) return text(`No lead matches "${md(intent.name)}", so I did not propose anything. Check the name, or try part of the email or company.`);
      return proposeWrite(intent, lead, context);
    }
    return text(answerSearch(result, intent.kind === 'search' ? intent.query : ''));
  }
  if (outcome.toolName === 'listStaleLeads') return text(answerStaleLeads(staleResultSchema.parse(outcome.value)));
  if (outcome.toolName === 'pipelineSummary') return text(answerPipeline(pipelineResultSchema.parse(outcome.value)));
  if (outcome.toolName === 'listTasks') return text(answerTasks(tasksResultSchema.parse(outcome.value), intent.kind === 'tasks' && intent.overdueOnly));
  if (outcome.toolName === 'getLead') return text(answerLead(leadResultSchema.parse(outcome.value)));
  return text(answerOverview(context));
}

/**
 * The assistant's offline writer. Reads the last user message with fixed rules, calls the read tool that
 * answers it (or searches for the lead a write needs, then proposes the write for approval), and answers
 * from the tool results in the prompt. The same conversation always gets the same reply.
 */
export const composeChat: OfflineComposer = (request) => {
  const asked = lastUserText(request.prompt);
  if (isIdentityQuestion(asked)) return text(OFFLINE_SELF_DESCRIPTION);
  const context = readChatContext(request.context);
  const tools = new Set(request.tools.map((tool) => tool.name));
  const outcomes = toolOutcomes(request.prompt);
  const latest = outcomes.filter((outcome) => outcome.thisTurn).at(-1);
  const intent = readIntent(asked);

  if (latest && (latest.toolName in DONE_PHRASE)) return text(confirmWrite(latest));
  if (latest) return afterRead(latest, intent, context);

  switch (intent.kind) {
    case 'create-task':
    case 'add-note':
    case 'draft-email':
      return startWrite(intent, context, tools, outcomes);
    case 'draft-post':
      if (!tools.has('draftSocialPost')) return text(`You do not have permission to ${NOT_ALLOWED.draftSocialPost} in this workspace.`);
      return call('draftSocialPost', composeSocialPost(context, intent.platform, intent.topic));
    case 'stale-leads':
      return startRead('listStaleLeads', {}, tools);
    case 'pipeline':
      return startRead('pipelineSummary', {}, tools);
    case 'tasks':
      return startRead('listTasks', { scope: intent.scope, overdueOnly: intent.overdueOnly }, tools);
    case 'search':
      return startRead('searchLeads', { query: intent.query, limit: 10 }, tools);
    default:
      return text(answerOverview(context));
  }
};
