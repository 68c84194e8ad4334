'use server';

import { z } from 'zod';
import { listFormSubmissionsQuerySchema } from '@/lib/leads/forms/form-schemas';
import { listFormSubmissions } from '@/lib/leads/forms/submissions';
import { orgAction } from '@/lib/server/safe-action';

// Read-only: the form page's "Load more" asks for the next page of submissions through this action.
export const listFormSubmissionsAction = orgAction
  .metadata({ name: 'list-form-submissions', permission: 'forms.read' })
  .inputSchema(listFormSubmissionsQuerySchema.extend({ orgSlug: z.string(), formId: z.uuid() }))
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, formId, ...query } }) => {
    const page = await listFormSubmissions(ctx.db, { orgId: ctx.org.id, formId, ...query });
    // Dates as ISO strings: the client appends these rows to the ones the page rendered.
    return { items: page.items.map((item) => ({ ...item, createdAt: item.createdAt.toISOString() })), nextCursor: page.nextCursor };
  });
