'use client';

import { useAction } from 'next-safe-action/hooks';
import { Button } from '@/components/ui/button';
import { signOutAction } from '@/lib/actions/auth/sign-out';
import { acceptInviteAction } from '@/lib/actions/orgs/accept-invite';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import { AuthNotice } from './auth-notice';

/** "Join <workspace>" for a signed-in visitor; a wrong-address error offers to switch accounts. */
export function AcceptInvite({ token, orgName }: { token: string; orgName: string }) {
  const accept = useAction(acceptInviteAction);
  const signOut = useAction(signOutAction);
  const busy = accept.isPending || accept.hasNavigated || signOut.isPending || signOut.hasNavigated;
  const error = accept.hasErrored ? actionErrorMessage(accept.result) : null;

  return (
    <div className="grid gap-3">
      {error ? <AuthNotice tone="error">{error}</AuthNotice> : null}
      <Button type="button" autoFocus disabled={busy} onClick={() => accept.execute({ token })}>
        {accept.isPending || accept.hasNavigated ? 'Joining…' : `Join ${orgName}`}
      </Button>
      <Button
        type="button"
        variant="ghost"
        disabled={busy}
        onClick={() => signOut.execute({ redirectTo: `/sign-in?callbackUrl=/invite/${encodeURIComponent(token)}` })}
      >
        Use another account
      </Button>
    </div>
  );
}
