'use client';

import { useAction } from 'next-safe-action/hooks';
import { useCallback } from 'react';
import { updateLeadAction } from '@/lib/actions/leads/update-lead';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import type { UpdateLeadInput } from '@/lib/leads/schemas';
import { useLeadPage, useRefreshTimeline } from './lead-page-context';

/** Saves one patch of the lead; resolves to the error message to show next to the field, or null. */
export function useLeadPatch() {
  const { orgSlug, leadId } = useLeadPage();
  const refreshTimeline = useRefreshTimeline();
  const { executeAsync, isPending } = useAction(updateLeadAction);
  const save = useCallback(
    async (patch: UpdateLeadInput): Promise<string | null> => {
      const result = await executeAsync({ orgSlug, leadId, patch });
      if (result?.data) {
        if (patch.stageId !== undefined) void refreshTimeline();
        return null;
      }
      return actionErrorMessage(result ?? {});
    },
    [executeAsync, orgSlug, leadId, refreshTimeline],
  );
  return { save, isPending };
}
