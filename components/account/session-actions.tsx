'use client';

import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { toast } from 'sonner';
import { ConfirmDialog } from '@/components/settings/confirm-dialog';
import { Button } from '@/components/ui/button';
import { signOutAction } from '@/lib/actions/auth/sign-out';
import { signOutEverywhereAction } from '@/lib/actions/auth/sign-out-everywhere';
import { actionErrorMessage } from '@/lib/forms/field-errors';

export function SessionActions() {
  const [confirming, setConfirming] = useState(false);
  const signOut = useAction(signOutAction, { onError: ({ error }) => toast.error(actionErrorMessage(error)) });
  const everywhere = useAction(signOutEverywhereAction, { onError: ({ error }) => toast.error(actionErrorMessage(error)) });
  const signingOut = signOut.isPending || signOut.hasNavigated;
  const endingAll = everywhere.isPending || everywhere.hasNavigated;

  return (
    <div className="flex flex-wrap gap-3">
      <Button type="button" variant="outline" disabled={signingOut || endingAll} onClick={() => signOut.execute()}>
        {signingOut ? 'Signing out…' : 'Sign out'}
      </Button>
      <Button type="button" variant="destructive" disabled={signingOut || endingAll} onClick={() => setConfirming(true)}>
        Sign out everywhere
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Sign out everywhere?"
        description="Every browser and device signed in to your account is signed out, this one included. API keys keep working."
        confirmLabel="Sign out everywhere"
        pendingLabel="Signing out…"
        destructive
        pending={endingAll}
        onConfirm={() => everywhere.execute()}
      />
    </div>
  );
}
