import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { LeadComposer } from '@/components/leads/detail/composer/lead-composer';
import { LeadAttribution } from '@/components/leads/detail/lead-attribution';
import { LeadFieldsCard } from '@/components/leads/detail/lead-fields-card';
import { LeadHeader } from '@/components/leads/detail/lead-header';
import { LeadPageProvider } from '@/components/leads/detail/lead-page-context';
import { LeadTasks } from '@/components/leads/detail/lead-tasks';
import { LeadTimeline } from '@/components/leads/detail/lead-timeline';
import { ReplyDrafts } from '@/components/leads/detail/reply-drafts';
import { ScoreCard } from '@/components/leads/detail/score-card';
import { isAppError } from '@/lib/errors';
import { listActivities } from '@/lib/leads/activities';
import { listCustomFields } from '@/lib/leads/custom-fields';
import { getLeadDetail } from '@/lib/leads/queries';
import { getScoreSettings } from '@/lib/leads/score-settings';
import { listStages } from '@/lib/leads/stages';
import { listMembers } from '@/lib/orgs/members';
import { roleCan } from '@/lib/orgs/permissions';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';
import { listLeadTasks } from '@/lib/tasks/queries';

export const metadata: Metadata = { title: 'Lead' };

const TIMELINE_PAGE_SIZE = 30;

export default async function LeadPage({ params }: { params: Promise<{ orgSlug: string; leadId: string }> }) {
  const { orgSlug, leadId } = await params;
  const { user, ctx } = await requireOrgCtx(orgSlug, { permission: 'leads.read', callbackUrl: `/app/${orgSlug}/leads/${leadId}` });
  // A malformed id and another workspace's lead look the same: not found.
  if (!z.uuid().safeParse(leadId).success) notFound();
  const lead = await getLeadDetail(ctx.db, { orgId: ctx.org.id, leadId }).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  });
  const [stages, members, definitions, timeline, tasks, scoreSettings] = await Promise.all([
    listStages(ctx.db, { orgId: ctx.org.id }),
    listMembers(ctx),
    listCustomFields(ctx.db, { orgId: ctx.org.id }),
    listActivities(ctx.db, { orgId: ctx.org.id, leadId, limit: TIMELINE_PAGE_SIZE }),
    listLeadTasks(ctx.db, { orgId: ctx.org.id, leadId }),
    getScoreSettings(ctx),
  ]);
  const canManageSettings = roleCan(ctx.role, 'settings.manage');

  return (
    <LeadPageProvider
      value={{
        orgSlug: ctx.org.slug,
        orgId: ctx.org.id,
        leadId: lead.id,
        members: members.map(({ userId, name, email }) => ({ userId, name, email })),
        stages: stages.map(({ id, name }) => ({ id, name })),
        renderedAt: ctx.now.toISOString(),
      }}
    >
      <div className="mx-auto grid max-w-6xl gap-6">
        <LeadHeader lead={lead} score={lead.score} />
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
          <div className="grid content-start gap-6">
            <LeadFieldsCard lead={lead} definitions={definitions} canManageFields={canManageSettings} />
            <LeadAttribution source={lead.source} attribution={lead.attribution} />
            <ScoreCard
              score={lead.score}
              reasons={lead.scoreReasons}
              halfLifeDays={scoreSettings.halfLifeDays}
              settingsHref={canManageSettings ? `/app/${ctx.org.slug}/settings/fields` : undefined}
            />
          </div>
          <div className="grid content-start gap-6">
            <ReplyDrafts ctx={ctx} lead={lead} />
            <LeadComposer currentUserId={user.id} />
            <LeadTasks tasks={tasks} renderedAt={ctx.now.toISOString()} />
            <LeadTimeline initialPage={timeline} />
          </div>
        </div>
      </div>
    </LeadPageProvider>
  );
}
