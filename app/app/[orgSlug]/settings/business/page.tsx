import type { Metadata } from 'next';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { getBusinessProfile } from '@/lib/ai/business-profile';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';
import { BusinessProfileForm } from './business-profile-form';

export const metadata: Metadata = { title: 'Business profile' };

export default async function BusinessProfileSettingsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { ctx } = await requireOrgCtx(orgSlug, { permission: 'business_profile.manage', callbackUrl: `/app/${orgSlug}/settings/business` });
  const { name: _name, ...profile } = await getBusinessProfile(ctx.db, ctx.org.id);

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Business profile</h2>
        </CardTitle>
        <CardDescription>
          What the assistant, reply drafts and content ideas know about {ctx.org.name}. The more specific you are, the less generic
          they sound. Every field is optional.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <BusinessProfileForm orgSlug={ctx.org.slug} profile={profile} />
      </CardContent>
    </Card>
  );
}
