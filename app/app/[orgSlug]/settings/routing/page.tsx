import type { Metadata } from 'next';
import { LeadRoutingForm } from '@/components/settings/routing/lead-routing-form';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { listRotation } from '@/lib/leads/routing/rotation';
import { getLeadRoutingSettings, getNextRoundRobinMember } from '@/lib/leads/routing/routing-settings';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';

export const metadata: Metadata = { title: 'Lead routing' };

/** The server's zone list (the browser's may differ), with UTC first and the saved zone always present. */
function timeZoneOptions(saved: string) {
  return [...new Set(['UTC', saved, ...Intl.supportedValuesOf('timeZone')])].sort((a, b) => (a === 'UTC' ? -1 : b === 'UTC' ? 1 : a.localeCompare(b)));
}

export default async function LeadRoutingSettingsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { ctx } = await requireOrgCtx(orgSlug, { permission: 'settings.manage', callbackUrl: `/app/${orgSlug}/settings/routing` });
  const [settings, rotation, next] = await Promise.all([
    getLeadRoutingSettings(ctx.db, ctx.org.id),
    listRotation(ctx.db, ctx.org.id),
    getNextRoundRobinMember(ctx.db, ctx.org.id),
  ]);
  const members = rotation.filter((member) => !member.isDisabled).map((member) => ({ userId: member.userId, label: member.name ?? member.email }));
  const fixedOwnerGone = settings.mode === 'fixed' && !members.some((member) => member.userId === settings.fixedOwnerId);

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Lead routing</h2>
        </CardTitle>
        <CardDescription>
          Who owns each new lead from a form, the API or the “New lead” button, and the working hours its first-response task is
          counted in. Imported leads are not routed.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {fixedOwnerGone ? (
          <p role="status" className="rounded-md border border-amber-500/30 bg-amber-500/5 px-3 py-2 text-sm">
            The member chosen for every new lead is no longer active here: new leads take turns in round robin until you choose
            someone else.
          </p>
        ) : null}
        <LeadRoutingForm
          orgSlug={ctx.org.slug}
          settings={{
            mode: settings.mode,
            fixedOwnerId: fixedOwnerGone ? null : settings.fixedOwnerId,
            timeZone: settings.timeZone,
            startHour: settings.businessHoursStart,
            endHour: settings.businessHoursEnd,
            workDays: settings.workDays,
          }}
          members={members}
          timeZones={timeZoneOptions(settings.timeZone)}
          nextInTurn={next ? (next.name ?? next.email) : null}
        />
      </CardContent>
    </Card>
  );
}
