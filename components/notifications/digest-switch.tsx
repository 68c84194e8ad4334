'use client';

import { useAction } from 'next-safe-action/hooks';
import { useId, useState } from 'react';
import { toast } from 'sonner';
import { Label } from '@/components/ui/label';
import { Switch } from '@/components/ui/switch';
import { updateNotificationDigestAction } from '@/lib/actions/account/update-notification-digest';
import { actionErrorMessage } from '@/lib/forms/field-errors';

/** The "Daily email digest" setting: flips at once, and flips back with a message if saving fails. */
export function DigestSwitch({ enabled: initial }: { enabled: boolean }) {
  const id = useId();
  const [enabled, setEnabled] = useState(initial);
  const [status, setStatus] = useState('');
  const update = useAction(updateNotificationDigestAction, {
    onSuccess: ({ data }) => {
      if (!data) return;
      setEnabled(data.enabled);
      setStatus(data.enabled ? 'Daily digest turned on.' : 'Daily digest turned off.');
    },
    onError: ({ error, input }) => {
      setEnabled(!input.enabled);
      setStatus('');
      toast.error(actionErrorMessage(error));
    },
  });

  return (
    <div className="flex items-start justify-between gap-4">
      <div className="grid gap-1">
        <Label htmlFor={id}>Daily email digest</Label>
        <p id={`${id}-description`} className="text-sm text-muted-foreground">
          Each morning (08:00 UTC), one email with your unread notifications from every workspace. Nothing is sent on days without any.
        </p>
        <p className="sr-only" aria-live="polite">
          {status}
        </p>
      </div>
      <Switch
        id={id}
        checked={enabled}
        disabled={update.isPending}
        aria-describedby={`${id}-description`}
        onCheckedChange={(checked) => {
          setEnabled(checked);
          update.execute({ enabled: checked });
        }}
      />
    </div>
  );
}
