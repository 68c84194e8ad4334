'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { RefreshCw } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { getInsightScanStatusAction } from '@/lib/actions/insights/get-insight-scan-status';
import { requestInsightScanAction } from '@/lib/actions/insights/request-insight-scan';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import { insightsKey } from './insight-format';

const POLL_MS = 3_000;
// Past this the scan is most likely queued behind other work; stop polling rather than spin forever.
const GIVE_UP_MS = 2 * 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Queues a scan of the workspace now, then follows it: the scan status is polled until its last run passes
 * the request (ISO strings of one format compare in time order), and the page then reloads its insights.
 */
export function ScanNowButton({ orgSlug, orgId }: { orgSlug: string; orgId: string }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<'idle' | 'requesting' | 'scanning'>('idle');
  const [message, setMessage] = useState('');
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  async function waitForScan(requestedAt: string) {
    const deadline = Date.now() + GIVE_UP_MS;
    while (mounted.current && Date.now() < deadline) {
      await sleep(POLL_MS);
      // A failed poll is retried on the next round; the scan itself is not affected by it.
      const status = (await getInsightScanStatusAction({ orgSlug }).catch(() => undefined))?.data;
      if (status?.lastRunAt && status.lastRunAt >= requestedAt) return status;
    }
    return null;
  }

  const scan = useMutation({
    mutationFn: async () => {
      setPhase('requesting');
      const result = await requestInsightScanAction({ orgSlug });
      if (!result?.data) throw new Error(actionErrorMessage(result ?? {}));
      setPhase('scanning');
      setMessage('Scan queued. New insights will appear here when it finishes.');
      return waitForScan(result.data.requestedAt);
    },
    onSuccess: (status) => {
      if (!status) {
        setMessage('The scan is still queued. Its insights will show up here once it has run.');
        return;
      }
      const findings = status.lastFindings ?? 0;
      setMessage(`Scan finished: ${findings === 1 ? '1 finding' : `${findings} findings`}.`);
      void queryClient.invalidateQueries({ queryKey: insightsKey(orgId) });
      router.refresh();
    },
    onError: (error) => {
      setMessage(error.message);
      toast.error(error.message);
    },
    onSettled: () => setPhase('idle'),
  });

  const isBusy = phase !== 'idle';
  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant="outline" onClick={() => scan.mutate()} disabled={isBusy}>
        <RefreshCw className={isBusy ? 'animate-spin motion-reduce:animate-none' : undefined} aria-hidden />
        {phase === 'requesting' ? 'Requesting…' : phase === 'scanning' ? 'Scanning…' : 'Scan now'}
      </Button>
      <p role="status" aria-live="polite" className="max-w-xs text-right text-xs text-muted-foreground">
        {message}
      </p>
    </div>
  );
}
