'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { FormRootError } from '@/components/orgs/form-root-error';
import { Button } from '@/components/ui/button';
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { updateBusinessProfileAction } from '@/lib/actions/settings/update-business-profile';
import { BUSINESS_PROFILE_LIMITS, updateBusinessProfileSchema, type UpdateBusinessProfileInput } from '@/lib/ai/business-profile-schemas';
import { applyActionErrors } from '@/lib/forms/field-errors';

type FieldName = keyof UpdateBusinessProfileInput;

const FIELDS: { name: FieldName; label: string; description: string; placeholder: string; rows: number }[] = [
  { name: 'description', label: 'What the business does', description: 'Products or services, and what makes them different.', placeholder: 'We help small dental practices fill their calendars with…', rows: 4 },
  { name: 'industry', label: 'Industry', description: 'One line.', placeholder: 'Healthcare marketing', rows: 1 },
  { name: 'audience', label: 'Who you sell to', description: 'Your ideal customers: roles, company size, region.', placeholder: 'Practice owners and office managers at 1–10 chair clinics in the US', rows: 3 },
  { name: 'goals', label: 'Goals', description: 'What the next months are about.', placeholder: 'Book 20 demos a month; grow LinkedIn to 2,000 followers', rows: 3 },
  { name: 'voice', label: 'Voice and personality', description: 'How emails and posts should sound.', placeholder: 'Warm, plain English, no jargon, never pushy', rows: 2 },
];

/** The business profile form: every field optional, each with its limit shown as it fills up. */
export function BusinessProfileForm({ orgSlug, profile }: { orgSlug: string; profile: UpdateBusinessProfileInput }) {
  const form = useForm({ resolver: zodResolver(updateBusinessProfileSchema), defaultValues: profile });
  const { execute, isPending } = useAction(updateBusinessProfileAction, {
    onSuccess: ({ data }) => {
      if (data) form.reset({ description: data.description, industry: data.industry, audience: data.audience, goals: data.goals, voice: data.voice });
      toast.success('Business profile saved.');
    },
    onError: ({ error }) => applyActionErrors(form, error),
  });

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit((values) => execute({ ...values, orgSlug }))} className="grid max-w-2xl gap-5" noValidate>
        {FIELDS.map((spec) => (
          <FormField
            key={spec.name}
            control={form.control}
            name={spec.name}
            render={({ field }) => {
              const limit = BUSINESS_PROFILE_LIMITS[spec.name];
              const length = field.value?.length ?? 0;
              return (
                <FormItem>
                  <FormLabel>{spec.label}</FormLabel>
                  <FormControl>
                    {spec.rows === 1 ? (
                      <Input {...field} value={field.value ?? ''} placeholder={spec.placeholder} maxLength={limit} />
                    ) : (
                      <Textarea {...field} value={field.value ?? ''} placeholder={spec.placeholder} rows={spec.rows} />
                    )}
                  </FormControl>
                  <FormDescription className="flex justify-between gap-4">
                    <span>{spec.description}</span>
                    <span className={length > limit ? 'text-destructive' : undefined}>
                      {length}/{limit}
                    </span>
                  </FormDescription>
                  <FormMessage />
                </FormItem>
              );
            }}
          />
        ))}
        <FormRootError control={form.control} />
        <Button type="submit" className="w-fit" disabled={isPending || !form.formState.isDirty}>
          {isPending ? 'Saving…' : 'Save profile'}
        </Button>
      </form>
    </Form>
  );
}
