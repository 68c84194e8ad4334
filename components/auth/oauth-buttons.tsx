'use client';

import { useAction } from 'next-safe-action/hooks';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { signInWithProviderAction } from '@/lib/actions/auth/sign-in-with-provider';
import { actionErrorMessage } from '@/lib/forms/field-errors';

type Provider = { id: 'google' | 'github'; name: string };

/** One button per configured OAuth provider; the action returns the provider's page, the browser goes there. */
export function OAuthButtons({ providers, callbackUrl }: { providers: Provider[]; callbackUrl?: string }) {
  const { execute, isPending, hasSucceeded } = useAction(signInWithProviderAction, {
    onSuccess: ({ data }) => window.location.assign(data.url),
    onError: ({ error }) => toast.error(actionErrorMessage(error)),
  });
  const busy = isPending || hasSucceeded;
  return (
    <div className="grid gap-2">
      {providers.map((provider) => (
        <Button key={provider.id} type="button" variant="outline" disabled={busy} onClick={() => execute({ provider: provider.id, callbackUrl })}>
          Continue with {provider.name}
        </Button>
      ))}
    </div>
  );
}
