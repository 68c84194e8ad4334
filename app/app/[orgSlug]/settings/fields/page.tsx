import type { Metadata } from 'next';
import { CreateCustomFieldDialog } from '@/components/settings/fields/create-custom-field-dialog';
import { CustomFieldsTable } from '@/components/settings/fields/custom-fields-table';
import { ScoreSettingsForm } from '@/components/settings/fields/score-settings-form';
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { listCustomFields } from '@/lib/leads/custom-fields';
import { getScoreSettings } from '@/lib/leads/score-settings';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';

export const metadata: Metadata = { title: 'Lead fields' };

export default async function LeadFieldsSettingsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { ctx } = await requireOrgCtx(orgSlug, { permission: 'settings.manage', callbackUrl: `/app/${orgSlug}/settings/fields` });
  const [fields, scoreSettings] = await Promise.all([listCustomFields(ctx.db, { orgId: ctx.org.id }), getScoreSettings(ctx)]);

  return (
    <>
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Custom fields</h2>
          </CardTitle>
          <CardDescription>Extra fields on every lead of this workspace: text, number, date or a choice from a list.</CardDescription>
          <CardAction>
            <CreateCustomFieldDialog orgSlug={ctx.org.slug} />
          </CardAction>
        </CardHeader>
        <CardContent>
          <CustomFieldsTable
            orgSlug={ctx.org.slug}
            fields={fields.map(({ id, key, label, type, options }) => ({ id, key, label, type, options }))}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Lead scoring</h2>
          </CardTitle>
          <CardDescription>
            A lead’s score adds points for who they are (company, title, business email) and for what they did recently. Each lead’s page
            explains its score.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ScoreSettingsForm orgSlug={ctx.org.slug} halfLifeDays={scoreSettings.halfLifeDays} />
        </CardContent>
      </Card>
    </>
  );
}
