import type { WorkspaceBusinessProfile } from '../business-profile';
import type { WorkspaceSummary } from './workspace-summary';

type PromptInput = { profile: WorkspaceBusinessProfile; summary: WorkspaceSummary; userName: string; canWrite: boolean };

const PROFILE_LABELS: [keyof WorkspaceBusinessProfile, string][] = [
  ['description', 'What the business does'],
  ['industry', 'Industry'],
  ['audience', 'Audience'],
  ['goals', 'Goals'],
  ['voice', 'Voice'],
];

function profileSection(profile: WorkspaceBusinessProfile) {
  const lines = PROFILE_LABELS.filter(([key]) => profile[key] !== '').map(([key, label]) => `- ${label}: ${profile[key]}`);
  if (lines.length === 0) lines.push('- No business profile yet. An admin can add one under Settings → Business profile.');
  return [`## The business: ${profile.name}`, ...lines].join('\n');
}

function summarySection(summary: WorkspaceSummary) {
  const stages = summary.stages.map((stage) => `${stage.name} ${stage.leads}${stage.status === 'open' ? '' : ` (${stage.status})`}`).join(', ');
  return [
    `## The workspace today (${summary.weekday} ${summary.today}, UTC)`,
    `- Leads: ${summary.totalLeads} in all, ${summary.openLeads} open.`,
    `- Pipeline: ${stages || 'no stages'}.`,
    `- Stale leads (open, no activity for ${summary.staleAfterDays}+ days): ${summary.staleLeads}.`,
    `- Open tasks: ${summary.openTasks} (${summary.overdueTasks} overdue). Assigned to the user: ${summary.myOpenTasks} (${summary.myOverdueTasks} overdue).`,
  ].join('\n');
}

/**
 * The assistant's system prompt: who it works for, the live numbers it may quote, and its rules. Built per
 * request; the numbers here are the only ones it may state without calling a tool.
 */
export function buildSystemPrompt({ profile, summary, userName, canWrite }: PromptInput): string {
  const rules = [
    `You are Beacon's growth assistant for ${profile.name}, talking with ${userName}. You help them work their leads, pipeline, tasks and marketing.`,
    'Use the tools to look things up before answering questions about specific leads, tasks or stages. Never invent leads, people, numbers or dates: quote the figures below or tool results, and say so when you do not know.',
    canWrite
      ? 'To change anything (create a task, add a note, draft an email or a social post) call the matching tool: the user approves or declines each call before it runs. When a call is declined, do not retry it; ask what they would like instead.'
      : 'This user may not change leads or tasks here: you can look things up and advise, but not create tasks, notes or drafts.',
    'Link each lead you mention to the `url` a tool returned for it, as a markdown link on its name.',
    'Answer in concise markdown: short paragraphs or bullet lists, most important first, and end with a concrete next step when it helps.',
    profile.voice ? `Write emails and posts in the business's voice: ${profile.voice}` : 'Write emails and posts in a warm, plain, professional voice.',
  ];
  return [rules.join('\n'), profileSection(profile), summarySection(summary)].join('\n\n');
}
