import { zodResolver } from '@hookform/resolvers/zod';
import { renderToStaticMarkup } from 'react-dom/server';
import { useForm, type FieldErrors } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { Form } from '@/components/ui/form';
import { updateLeadRoutingSchema, type UpdateLeadRoutingFormValues, type UpdateLeadRoutingInput } from '@/lib/leads/routing/routing-schemas';
import { FixedOwnerField } from './fixed-owner-field';

const VALUES: UpdateLeadRoutingFormValues = { mode: 'fixed', timeZone: 'UTC', startHour: '9', endHour: '17', workDays: [1, 2, 3, 4, 5] };

function Harness({ members, errors }: { members: { userId: string; label: string }[]; errors?: FieldErrors<UpdateLeadRoutingFormValues> }) {
  const form = useForm<UpdateLeadRoutingFormValues, unknown, UpdateLeadRoutingInput>({ defaultValues: VALUES, errors });
  return (
    <Form {...form}>
      <FixedOwnerField control={form.control} members={members} />
    </Form>
  );
}

/** What the form's resolver reports when "One person" is saved with nobody chosen. */
async function submitErrors() {
  const result = await zodResolver(updateLeadRoutingSchema)(VALUES, undefined, { fields: {}, shouldUseNativeValidation: false });
  return result.errors as FieldErrors<UpdateLeadRoutingFormValues>;
}

describe('FixedOwnerField', () => {
  it('with no members to choose from, shows the missing-owner error next to the explanation', async () => {
    const errors = await submitErrors();
    expect(errors.fixedOwnerId?.message).toBe('Choose who gets every new lead.');
    const html = renderToStaticMarkup(<Harness members={[]} errors={errors} />);
    expect(html).toContain('This workspace has no active members to choose from.');
    expect(html).toMatch(/<p[^>]*role="alert"[^>]*>Choose who gets every new lead.<\/p>/);
  });

  it('with members, offers them in a labelled select that carries the error', async () => {
    const html = renderToStaticMarkup(<Harness members={[{ userId: 'u-1', label: 'Bea' }]} errors={await submitErrors()} />);
    expect(html).toContain('Member who gets every new lead');
    expect(html).toMatch(/role="alert"[^>]*>Choose who gets every new lead.</);
    expect(html).not.toContain('no active members');
  });
});
