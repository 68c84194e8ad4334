'use client';

import Link from 'next/link';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { CustomFieldDefinition } from '@/db/schema/lead-settings';
import type { UpdateLeadInput } from '@/lib/leads/schemas';
import { CustomFieldEditor } from './custom-field-editor';
import { TEXT_FIELDS, formatMoney, parseAmount, parseCurrency, parseLeadText } from './field-parsers';
import { InlineField } from './inline-field';
import { useLeadPage } from './lead-page-context';
import { LeadSelect } from './lead-select';
import { TagsEditor } from './tags-editor';
import { useLeadPatch } from './use-lead-patch';

export type LeadFieldValues = {
  name: string;
  email: string | null;
  company: string | null;
  phone: string | null;
  title: string | null;
  source: string | null;
  priority: 'low' | 'normal' | 'high';
  tags: string[];
  valueCents: number | null;
  currency: string;
  customFields: Record<string, unknown>;
};

type Definition = Pick<CustomFieldDefinition, 'id' | 'key' | 'label' | 'type' | 'options'>;

const PRIORITIES = [
  { value: 'low', label: 'Low' },
  { value: 'normal', label: 'Normal' },
  { value: 'high', label: 'High' },
];

/** The lead's fields, each edited in place; every child is keyed by its saved value so fresh data resets it. */
export function LeadFieldsCard({ lead, definitions, canManageFields }: { lead: LeadFieldValues; definitions: Definition[]; canManageFields: boolean }) {
  const { orgSlug } = useLeadPage();
  const { save } = useLeadPatch();
  const saveCustom = (key: string, value: string | number | null) => save({ customFields: { [key]: value } });

  return (
    <>
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Details</h2>
          </CardTitle>
        </CardHeader>
        <CardContent className="grid gap-3">
          {TEXT_FIELDS.map((field) => (
            <InlineField
              key={`${field.name}:${lead[field.name] ?? ''}`}
              label={field.label}
              type={field.type}
              initial={lead[field.name] ?? ''}
              display={lead[field.name]}
              parse={(draft) => parseLeadText(field.name, draft)}
              onSave={(value) => save({ [field.name]: value } as UpdateLeadInput)}
            />
          ))}
          <LeadSelect
            key={`priority:${lead.priority}`}
            label="Priority"
            value={lead.priority}
            options={PRIORITIES}
            onSave={(value) => save({ priority: (value ?? 'normal') as LeadFieldValues['priority'] })}
          />
          <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,1fr)] gap-3">
            <InlineField
              key={`value:${lead.valueCents ?? ''}:${lead.currency}`}
              label="Value"
              type="text"
              inputMode="decimal"
              initial={lead.valueCents === null ? '' : (lead.valueCents / 100).toFixed(2)}
              display={lead.valueCents === null ? null : formatMoney(lead.valueCents, lead.currency)}
              parse={parseAmount}
              onSave={(valueCents) => save({ valueCents })}
            />
            <InlineField
              key={`currency:${lead.currency}`}
              label="Currency"
              initial={lead.currency}
              display={lead.currency}
              parse={parseCurrency}
              onSave={(currency) => save({ currency })}
            />
          </div>
          <TagsEditor key={lead.tags.join('\u0000')} tags={lead.tags} onSave={(tags) => save({ tags })} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Custom fields</h2>
          </CardTitle>
          {definitions.length === 0 ? (
            <CardDescription>
              This workspace has no custom fields yet.
              {canManageFields ? (
                <>
                  {' '}
                  <Link href={`/app/${orgSlug}/settings/fields`} className="text-primary underline-offset-4 hover:underline">
                    Add one in settings
                  </Link>
                  .
                </>
              ) : null}
            </CardDescription>
          ) : null}
        </CardHeader>
        {definitions.length > 0 ? (
          <CardContent className="grid gap-3">
            {definitions.map((definition) => (
              <CustomFieldEditor key={definition.id} definition={definition} value={lead.customFields[definition.key]} onSave={saveCustom} />
            ))}
          </CardContent>
        ) : null}
      </Card>
    </>
  );
}
