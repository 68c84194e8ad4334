import type { z } from 'zod';
import type { ChatContext, leadResultSchema, pipelineResultSchema, searchResultSchema, staleResultSchema, tasksResultSchema } from './chat-conversation';
import { escapeMarkdown as md, markdownLink as link } from './chat-markdown';

// The offline writer's answers to read-tool results: markdown built only from the numbers and names the
// tools returned, never anything made up. Every value from the workspace goes in escaped (`md`, `link`).

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : null);
const money = (values: { amount: number; currency: string }[]) =>
  values.map(({ amount, currency }) => new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount)).join(' + ');

export function answerStaleLeads(result: z.infer<typeof staleResultSchema>): string {
  if (result.leads.length === 0) return `No open lead has gone ${result.days}+ days without activity. Nothing is going stale right now.`;
  const lines = result.leads.slice(0, 10).map((lead) => {
    const where = [lead.company, lead.stage].filter(Boolean).map(md).join(', ');
    return `- ${link(lead.name, lead.url)}${where ? ` (${where})` : ''}: ${plural(lead.daysQuiet, 'day')} quiet`;
  });
  const more = result.total > lines.length ? `\n\n…and ${plural(result.total - lines.length, 'more lead')}.` : '';
  const first = result.leads[0]!;
  return [
    `**${plural(result.total, 'open lead')}** ${result.total === 1 ? 'has' : 'have'} had no activity for ${result.days}+ days. The quietest:`,
    lines.join('\n') + more,
    `**Next step:** reach out to ${md(first.name)} first. Say "create a follow-up task" and I will propose a task for tomorrow morning.`,
  ].join('\n\n');
}

export function answerPipeline(result: z.infer<typeof pipelineResultSchema>): string {
  if (result.totalLeads === 0) return 'The pipeline is empty: no leads yet. Add leads or connect a form to start filling it.';
  const rows = result.stages.map((stage) => `| ${md(stage.name)}${stage.status === 'open' ? '' : ` (${md(stage.status)})`} | ${stage.leads} | ${md(money(stage.value)) || '–'} |`);
  const busiest = [...result.stages].filter((stage) => stage.status === 'open').sort((a, b) => b.leads - a.leads)[0];
  return [
    `**${plural(result.totalLeads, 'lead')}** in the pipeline, ${result.openLeads} of them open.`,
    ['| Stage | Leads | Value |', '| --- | ---: | ---: |', ...rows].join('\n'),
    busiest ? `Most open leads sit in **${md(busiest.name)}** (${busiest.leads}). ${result.url ? `See the ${link('board', result.url)}.` : ''}`.trim() : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function answerTasks(result: z.infer<typeof tasksResultSchema>, overdueOnly: boolean): string {
  const whose = result.scope === 'all' ? 'The workspace has' : 'You have';
  if (result.tasks.length === 0) return `${whose} no ${overdueOnly ? 'overdue' : 'open'} tasks. Nice and clear.`;
  const overdue = result.tasks.filter((task) => task.overdue).length;
  const lines = result.tasks.map((task) => {
    const due = day(task.dueAt);
    const lead = task.lead?.name ? ` (${link(task.lead.name, task.lead.url)})` : '';
    const who = result.scope === 'all' && task.assignee ? `, ${md(task.assignee)}` : '';
    return `- ${task.overdue ? '**Overdue** ' : ''}${md(task.title)}${lead}${due ? `, due ${md(due)}` : ''}${who}`;
  });
  return [
    `${whose} ${plural(result.tasks.length, overdueOnly ? 'overdue task' : 'open task')}${!overdueOnly && overdue ? `, ${overdue} overdue` : ''}:`,
    lines.join('\n'),
    result.url ? `All tasks: ${link('Tasks', result.url)}.` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function answerSearch(result: z.infer<typeof searchResultSchema>, query: string): string {
  if (result.leads.length === 0) return `No lead matches "${md(query)}". Try part of the name, the email or the company.`;
  const lines = result.leads.map((lead) => {
    const detail = [lead.company, lead.email, lead.stage, lead.score != null ? `score ${lead.score}` : null].filter(Boolean).map(md).join(' · ');
    return `- ${link(lead.name, lead.url)}${detail ? `: ${detail}` : ''}`;
  });
  return [`${plural(result.leads.length, 'lead')} ${result.leads.length === 1 ? 'matches' : 'match'} "${md(query)}"${result.hasMore ? ' (more exist)' : ''}:`, lines.join('\n')].join('\n\n');
}

export function answerLead(result: z.infer<typeof leadResultSchema>): string {
  const { lead } = result;
  const facts = [lead.company, lead.email, lead.stage ? `stage ${lead.stage}` : null, lead.owner ? `owner ${lead.owner}` : null].filter(Boolean).map(md).join(' · ');
  const activity = result.recentActivity.map((entry) => `- ${md(day(entry.at))}: ${md(entry.type.replace(/_/g, ' '))}${entry.body ? `: ${md(entry.body)}` : ''}`);
  const tasks = result.openTasks.map((task) => `- ${md(task.title)}${task.dueAt ? `, due ${md(day(task.dueAt))}` : ''}`);
  return [
    `**${link(lead.name, lead.url)}**${facts ? `: ${facts}` : ''}`,
    activity.length ? `Latest activity:\n${activity.join('\n')}` : 'No activity on the timeline yet.',
    tasks.length ? `Open tasks:\n${tasks.join('\n')}` : 'No open tasks for this lead.',
  ].join('\n\n');
}

const CAPABILITIES = [
  '- find a lead ("find Maya")',
  '- summarise the pipeline ("how is the pipeline?")',
  '- list leads going stale ("which leads are going stale?")',
  '- list your tasks ("what is overdue?")',
  '- create a follow-up task, add a note, draft an email or a LinkedIn/X post (you approve each one first)',
];

/** The answer when no rule matched: today's numbers from the context, and what the writer can do. */
export function answerOverview(context: ChatContext): string {
  const summary = context.summary;
  const lines: string[] = [];
  if (summary.today) {
    lines.push(`Here is where ${md(context.profile.name) || 'the workspace'} stands today (${md([summary.weekday, summary.today].filter(Boolean).join(' '))}):`);
    lines.push(
      [
        `- ${plural(summary.openLeads ?? 0, 'open lead')} of ${summary.totalLeads ?? 0}`,
        `- ${plural(summary.staleLeads ?? 0, 'lead')} quiet for ${summary.staleAfterDays ?? 7}+ days`,
        `- ${plural(summary.myOpenTasks ?? 0, 'open task')} for you (${summary.myOverdueTasks ?? 0} overdue), ${summary.openTasks ?? 0} in the workspace`,
      ].join('\n'),
    );
  }
  lines.push(`I am Beacon's offline writer, so I answer with fixed rules rather than a language model. I can:\n${CAPABILITIES.join('\n')}`);
  return lines.join('\n\n');
}
