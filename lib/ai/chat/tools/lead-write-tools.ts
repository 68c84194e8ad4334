import { tool } from 'ai';
import { z } from 'zod';
import { leadReplyDrafts } from '@/db/schema';
import { draftLimitError, hasDraftAllowance, lockDraftAllowance } from '@/lib/ai/replies/draft-allowance';
import { REPLY_BODY_MAX, REPLY_SUBJECT_MAX } from '@/lib/ai/replies/reply-draft-schemas';
import { getLead } from '@/lib/leads/queries';
import { addNote } from '@/lib/leads/log-activity';
import { executeOnce } from './record-tool-action';
import { leadUrl, type ToolRuntime } from './runtime';

export const addNoteInputSchema = z.object({
  leadId: z.uuid(),
  body: z.string().trim().min(1).max(5000).describe('Markdown'),
});

export function addNoteTool(runtime: ToolRuntime) {
  const { ctx } = runtime;
  return tool({
    description: "Add a markdown note to a lead's timeline. Needs approval.",
    inputSchema: addNoteInputSchema,
    execute: async (input, { toolCallId }) =>
      executeOnce(runtime, { toolCallId, tool: 'addNote', input }, async () => {
        const note = await addNote(ctx, input);
        return { activityId: note.id, leadId: input.leadId, url: leadUrl(ctx.org.slug, input.leadId) };
      }),
  });
}

export const draftEmailInputSchema = z.object({
  leadId: z.uuid(),
  subject: z.string().trim().min(1).max(REPLY_SUBJECT_MAX),
  body: z.string().trim().min(1).max(REPLY_BODY_MAX).describe('Plain text'),
});

/**
 * Saves an email draft on the lead's page; nothing is sent. A person reviews, edits and sends it from
 * there. Each tool call gets its own draft (kind `assistant:<toolCallId>`).
 */
export function draftEmailTool(runtime: ToolRuntime) {
  const { ctx } = runtime;
  return tool({
    description: "Save an email draft to a lead for a person to review and send from the lead's page (nothing is sent now). Needs approval.",
    inputSchema: draftEmailInputSchema,
    execute: async (input, { toolCallId }) =>
      executeOnce(runtime, { toolCallId, tool: 'draftEmail', input }, async () => {
        const lead = await getLead(ctx.db, { orgId: ctx.org.id, leadId: input.leadId });
        // Counts against the plan's AI-drafted emails, under the same per-workspace lock as first responses.
        const draft = await ctx.db.transaction(async (tx) => {
          await lockDraftAllowance(tx, ctx.org.id);
          if (!(await hasDraftAllowance(tx, { orgId: ctx.org.id, plan: ctx.org.plan, now: ctx.now }))) throw draftLimitError(ctx.org);
          const [row] = await tx
            .insert(leadReplyDrafts)
            .values({ orgId: ctx.org.id, leadId: lead.id, kind: `assistant:${toolCallId}`, subject: input.subject, body: input.body, status: 'draft', provider: runtime.provider })
            .returning({ id: leadReplyDrafts.id });
          return row!;
        });
        return { draftId: draft.id, leadId: lead.id, leadName: lead.name, subject: input.subject, hasEmail: lead.email !== null, url: leadUrl(ctx.org.slug, lead.id) };
      }),
  });
}
