'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { KeyRound } from 'lucide-react';
import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { NumberField } from '@/components/forms/number-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Form, FormField, FormItem, FormMessage } from '@/components/ui/form';
import { Label } from '@/components/ui/label';
import { createApiKeyAction } from '@/lib/actions/api-keys/create-api-key';
import { createApiKeySchema } from '@/lib/auth/api-key-schemas';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { API_KEY_SCOPES } from '@/lib/orgs/permissions';
import { ApiKeySecret } from './api-key-secret';

const SCOPE_HINTS: Record<(typeof API_KEY_SCOPES)[number], string> = {
  'org.read': 'Read the workspace’s name and plan',
  'leads.read': 'Read leads',
  'leads.write': 'Create and change leads',
  'tasks.read': 'Read tasks',
  'tasks.write': 'Create and change tasks',
};

export function CreateApiKeyDialog({ orgSlug }: { orgSlug: string }) {
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const form = useForm({
    resolver: zodResolver(createApiKeySchema),
    defaultValues: { name: '', scopes: ['org.read'] as (typeof API_KEY_SCOPES)[number][], expiresInDays: undefined as unknown },
  });
  const { execute, isPending } = useAction(createApiKeyAction, {
    onSuccess: ({ data }) => setCreated({ name: data.name, secret: data.secret }),
    onError: ({ error }) => applyActionErrors(form, error),
  });

  function onOpenChange(next: boolean) {
    if (isPending) return;
    setOpen(next);
    if (!next) {
      // Forget the secret as soon as the dialog closes.
      setCreated(null);
      form.reset();
    }
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <KeyRound aria-hidden />
          Create API key
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{created ? 'API key created' : 'Create an API key'}</DialogTitle>
          <DialogDescription>
            {created ? 'Use it as a Bearer token: Authorization: Bearer <key>.' : 'A key acts with the scopes you give it, whoever created it.'}
          </DialogDescription>
        </DialogHeader>
        {created ? (
          <>
            <ApiKeySecret name={created.name} secret={created.secret} />
            <DialogFooter>
              <Button onClick={() => onOpenChange(false)}>Done</Button>
            </DialogFooter>
          </>
        ) : (
          <Form {...form}>
            <form onSubmit={form.handleSubmit((values) => execute({ ...values, orgSlug }))} className="grid gap-4" noValidate>
              <TextField control={form.control} name="name" label="Name" autoFocus autoComplete="off" placeholder="Zapier integration" />
              <FormField
                control={form.control}
                name="scopes"
                render={({ field }) => (
                  <FormItem>
                    <fieldset className="grid gap-2">
                      <legend className="mb-2 text-sm font-medium">Scopes</legend>
                      {API_KEY_SCOPES.map((scope) => {
                        const id = `scope-${scope}`;
                        const checked = field.value.includes(scope);
                        return (
                          <div key={scope} className="flex items-start gap-2">
                            <Checkbox
                              id={id}
                              checked={checked}
                              onCheckedChange={(next) =>
                                field.onChange(next === true ? [...field.value, scope] : field.value.filter((value) => value !== scope))
                              }
                            />
                            <Label htmlFor={id} className="grid gap-0.5 font-normal leading-tight">
                              <span className="font-mono text-xs">{scope}</span>
                              <span className="text-xs text-muted-foreground">{SCOPE_HINTS[scope]}</span>
                            </Label>
                          </div>
                        );
                      })}
                    </fieldset>
                    <FormMessage />
                  </FormItem>
                )}
              />
              {/* An empty box means "never expires": send nothing rather than an empty string. */}
              <NumberField
                control={form.control}
                name="expiresInDays"
                label="Expires after (days)"
                min={1}
                max={3650}
                placeholder="Never"
                className="w-40"
                description="Leave empty for a key that does not expire."
              />
              <FormRootError control={form.control} />
              <DialogFooter>
                <SubmitButton isPending={isPending} pendingLabel="Creating…">
                  Create key
                </SubmitButton>
              </DialogFooter>
            </form>
          </Form>
        )}
      </DialogContent>
    </Dialog>
  );
}
