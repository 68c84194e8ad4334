'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { createThreadAction } from '@/lib/actions/assistant/create-thread';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import { savePendingPrompt } from './pending-prompt';

/** Creates a thread and opens it; a prompt given here is sent as its first message once it opens. */
export function useStartChat(orgSlug: string) {
  const router = useRouter();
  const mutation = useMutation({
    mutationFn: async ({ prompt }: { prompt?: string }) => {
      const result = await createThreadAction({ orgSlug });
      if (!result?.data) throw new Error(actionErrorMessage(result ?? {}));
      return { id: result.data.id, prompt };
    },
    onSuccess: ({ id, prompt }) => {
      if (prompt) savePendingPrompt(id, prompt);
      router.push(`/app/${orgSlug}/assistant/${id}`);
    },
    onError: (error) => toast.error(error.message),
  });
  return {
    start: (prompt?: string) => mutation.mutate({ prompt }),
    isPending: mutation.isPending,
    pendingPrompt: mutation.isPending ? mutation.variables?.prompt : undefined,
  };
}
