import { tool } from 'ai';
import { z } from 'zod';
import { listActivities } from '@/lib/leads/activities';
import { getLeadDetail, listLeads } from '@/lib/leads/queries';
import { stageNames } from '@/lib/leads/stages';
import { listLeadTasks } from '@/lib/tasks/queries';
import { clip, leadUrl, type ToolRuntime } from './runtime';

const money = (valueCents: number | null, currency: string) => (valueCents === null ? null : { amount: valueCents / 100, currency });

export function searchLeadsTool({ ctx }: ToolRuntime) {
  return tool({
    description: 'Find leads by name, email, company or phone (a fragment is enough). Returns up to 10 matches, best scored first.',
    inputSchema: z.object({
      query: z.string().trim().min(1).max(200).describe('Name, email, company or phone fragment'),
      limit: z.number().int().min(1).max(10).optional(),
    }),
    execute: async ({ query, limit = 10 }) => {
      const page = await listLeads(ctx.db, { orgId: ctx.org.id, q: query, sort: 'score_desc', limit });
      const stages = await stageNames(ctx.db, ctx.org.id, page.items.flatMap((lead) => (lead.stageId ? [lead.stageId] : [])));
      return {
        leads: page.items.map((lead) => ({
          id: lead.id,
          name: lead.name,
          company: lead.company,
          email: lead.email,
          stage: lead.stageId ? (stages.get(lead.stageId) ?? null) : null,
          score: lead.score,
          url: leadUrl(ctx.org.slug, lead.id),
        })),
        hasMore: page.nextCursor !== null,
      };
    },
  });
}

export function getLeadTool({ ctx }: ToolRuntime) {
  return tool({
    description: "One lead's details with its five latest timeline entries and its open tasks.",
    inputSchema: z.object({ leadId: z.uuid().describe('The lead id from searchLeads or another tool') }),
    execute: async ({ leadId }) => {
      const lead = await getLeadDetail(ctx.db, { orgId: ctx.org.id, leadId });
      const [timeline, tasks] = await Promise.all([
        listActivities(ctx.db, { orgId: ctx.org.id, leadId, limit: 5 }),
        listLeadTasks(ctx.db, { orgId: ctx.org.id, leadId }),
      ]);
      return {
        lead: {
          id: lead.id,
          name: lead.name,
          company: lead.company,
          title: lead.title,
          email: lead.email,
          phone: lead.phone,
          source: lead.source,
          stage: lead.stageName,
          owner: lead.ownerName ?? lead.ownerEmail,
          score: lead.score,
          value: money(lead.valueCents, lead.currency),
          tags: lead.tags,
          lastActivityAt: lead.lastActivityAt?.toISOString() ?? null,
          createdAt: lead.createdAt.toISOString(),
          url: leadUrl(ctx.org.slug, lead.id),
        },
        recentActivity: timeline.items.map((entry) => ({ type: entry.type, body: clip(entry.body), at: entry.occurredAt.toISOString() })),
        openTasks: tasks
          .filter((task) => task.status === 'pending' || task.status === 'in_progress')
          .slice(0, 10)
          .map((task) => ({ id: task.id, title: task.title, dueAt: task.dueAt?.toISOString() ?? null })),
      };
    },
  });
}
