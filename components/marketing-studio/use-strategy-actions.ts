'use client';

import { useAction } from 'next-safe-action/hooks';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { activateStrategyAction } from '@/lib/actions/marketing/strategy/activate-strategy';
import { generateStrategyAction } from '@/lib/actions/marketing/strategy/generate-strategy';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import type { StrategyView } from '@/lib/ai/strategy/strategy-versions';

/**
 * Generate and "Make active", with one status line for screen readers and one error line. On success the
 * page's data is refreshed and `onDone` gets the version to show.
 */
export function useStrategyActions(orgSlug: string, onDone: (strategy: StrategyView) => void) {
  const router = useRouter();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const succeed = (text: string) => (strategy: StrategyView) => {
    setError(null);
    setMessage(text.replace('{n}', String(strategy.version)));
    onDone(strategy);
    router.refresh();
  };
  const generate = useAction(generateStrategyAction, {
    onExecute: () => setMessage('Writing a strategy…'),
    onSuccess: ({ data }) => succeed('Version {n} written and made active.')(data),
    onError: ({ error: failure }) => {
      setMessage('');
      setError(actionErrorMessage(failure));
    },
  });
  const activate = useAction(activateStrategyAction, {
    onSuccess: ({ data }) => succeed('Version {n} is now the active strategy.')(data),
    onError: ({ error: failure }) => setError(actionErrorMessage(failure)),
  });
  return {
    message,
    error,
    isGenerating: generate.isPending,
    isActivating: activate.isPending,
    /** For a save made elsewhere (the editor): the same status line and refresh. */
    saved: succeed('Version {n} saved and made active.'),
    generate: () => generate.execute({ orgSlug }),
    activate: (strategyId: string) => activate.execute({ orgSlug, strategyId }),
  };
}
