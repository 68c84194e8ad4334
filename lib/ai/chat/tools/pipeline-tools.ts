import { tool } from 'ai';
import { z } from 'zod';
import { countLeadsByStage, listStaleLeads, STALE_AFTER_DAYS } from '../pipeline-counts';
import { daysBetween, leadUrl, type ToolRuntime } from './runtime';

export function pipelineSummaryTool({ ctx }: ToolRuntime) {
  return tool({
    description: 'Lead counts and total deal value per pipeline stage, in pipeline order.',
    inputSchema: z.object({}),
    execute: async () => {
      const stages = await countLeadsByStage(ctx.db, { orgId: ctx.org.id });
      const open = stages.filter((stage) => !stage.isWon && !stage.isLost);
      return {
        stages: stages.map((stage) => ({
          name: stage.name,
          status: stage.isWon ? 'won' : stage.isLost ? 'lost' : 'open',
          leads: stage.count,
          value: stage.values.map(({ currency, valueCents }) => ({ amount: valueCents / 100, currency })),
        })),
        totalLeads: stages.reduce((total, stage) => total + stage.count, 0),
        openLeads: open.reduce((total, stage) => total + stage.count, 0),
        url: `/app/${ctx.org.slug}/pipeline`,
      };
    },
  });
}

export function listStaleLeadsTool({ ctx }: ToolRuntime) {
  return tool({
    description: `Open leads with no activity for a number of days (default ${STALE_AFTER_DAYS}), quietest first, up to 20.`,
    inputSchema: z.object({ days: z.number().int().min(1).max(365).optional().describe('Days without activity') }),
    execute: async ({ days = STALE_AFTER_DAYS }) => {
      const { total, leads } = await listStaleLeads(ctx.db, { orgId: ctx.org.id, now: ctx.now, days });
      return {
        days,
        total,
        leads: leads.map((lead) => ({
          id: lead.id,
          name: lead.name,
          company: lead.company,
          stage: lead.stageName,
          daysQuiet: daysBetween(lead.lastActivityAt ?? lead.createdAt, ctx.now),
          lastActivityAt: lead.lastActivityAt?.toISOString() ?? null,
          url: leadUrl(ctx.org.slug, lead.id),
        })),
      };
    },
  });
}
