'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { UserPlus } from 'lucide-react';
import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { toast } from 'sonner';
import { SelectField } from '@/components/forms/select-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { FormRootError } from '@/components/orgs/form-root-error';
import { ROLE_LABELS } from '@/components/orgs/role-badge';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Form } from '@/components/ui/form';
import type { OrgRole } from '@/db/schema';
import { createInviteAction } from '@/lib/actions/orgs/create-invite';
import { applyActionErrors } from '@/lib/forms/field-errors';
import { createInviteSchema } from '@/lib/orgs/schemas';

const ROLE_HINTS: Record<OrgRole, string> = {
  member: 'Works with leads, tasks and content.',
  admin: 'Also manages members, settings, API keys and the audit log.',
  owner: 'Full control, including billing and deleting the workspace.',
};

export function InviteMemberDialog({ orgSlug, viewerRole }: { orgSlug: string; viewerRole: OrgRole }) {
  const [open, setOpen] = useState(false);
  const form = useForm({ resolver: zodResolver(createInviteSchema), defaultValues: { email: '', role: 'member' as OrgRole } });
  const { execute, isPending } = useAction(createInviteAction, {
    onSuccess: ({ data }) => {
      toast.success(`Invitation sent to ${data?.email ?? form.getValues('email')}.`);
      setOpen(false);
      form.reset();
    },
    onError: ({ error }) => applyActionErrors(form, error),
  });
  // Only owners may invite owners; the server enforces it too.
  const roles: OrgRole[] = viewerRole === 'owner' ? ['member', 'admin', 'owner'] : ['member', 'admin'];
  const role = useWatch({ control: form.control, name: 'role' });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (isPending) return;
        setOpen(next);
        if (!next) form.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden />
          Invite member
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Invite a member</DialogTitle>
          <DialogDescription>They get an email with a link that works for 7 days.</DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form onSubmit={form.handleSubmit((values) => execute({ ...values, orgSlug }))} className="grid gap-4" noValidate>
            <TextField control={form.control} name="email" label="Email" type="email" autoFocus autoComplete="off" placeholder="name@company.com" />
            <SelectField
              control={form.control}
              name="role"
              label="Role"
              options={roles.map((option) => ({ value: option, label: ROLE_LABELS[option] }))}
              description={ROLE_HINTS[role]}
            />
            <FormRootError control={form.control} />
            <DialogFooter>
              <SubmitButton isPending={isPending} pendingLabel="Sending…">
                Send invitation
              </SubmitButton>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
