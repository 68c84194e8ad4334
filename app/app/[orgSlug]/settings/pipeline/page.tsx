import type { Metadata } from 'next';
import { AddStageForm } from '@/components/settings/pipeline/add-stage-form';
import { StageList } from '@/components/settings/pipeline/stage-list';
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@/components/ui/card';
import { getBoard } from '@/lib/leads/board';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';

export const metadata: Metadata = { title: 'Pipeline' };

export default async function PipelineSettingsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { ctx } = await requireOrgCtx(orgSlug, { permission: 'settings.manage', callbackUrl: `/app/${orgSlug}/settings/pipeline` });
  // The board without cards: every stage in order with its lead count (what a delete would move).
  const { columns } = await getBoard(ctx.db, { orgId: ctx.org.id, perColumn: 0 });
  const stages = columns.flatMap(({ stage, count }) => (stage ? [{ id: stage.id, name: stage.name, isWon: stage.isWon, isLost: stage.isLost, leadCount: count }] : []));

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Pipeline stages</h2>
        </CardTitle>
        <CardDescription>
          The columns of the pipeline board, left to right. Mark the stages that close a deal as won or lost: the board shows them in
          green and red.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <StageList orgSlug={ctx.org.slug} stages={stages} />
      </CardContent>
      <CardFooter>
        <AddStageForm orgSlug={ctx.org.slug} />
      </CardFooter>
    </Card>
  );
}
