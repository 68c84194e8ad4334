'use client';

import { ArrowLeft } from 'lucide-react';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { DeleteLeadButton } from './delete-lead-button';
import { memberLabel, useLeadPage } from './lead-page-context';
import { LeadSelect } from './lead-select';
import { MergeLeadsDialog } from './merge-leads-dialog';
import type { MergeLead } from './merge-fields-table';
import { useLeadPatch } from './use-lead-patch';

function scoreVariant(score: number) {
  if (score >= 70) return 'default' as const;
  if (score >= 40) return 'secondary' as const;
  return 'outline' as const;
}

/** Name, score, stage and owner, and the lead-wide actions (merge, delete). */
export function LeadHeader({ lead, score }: { lead: MergeLead; score: number }) {
  const { orgSlug, stages, members } = useLeadPage();
  const { save } = useLeadPatch();
  const owners = members.map((member) => ({ value: member.userId, label: memberLabel(member) }));
  // An owner who has left the workspace still shows, so the field does not look empty.
  if (lead.ownerId && !owners.some((owner) => owner.value === lead.ownerId)) owners.push({ value: lead.ownerId, label: 'A former member' });
  const subtitle = [lead.title, lead.company, lead.email].filter(Boolean).join(' · ');

  return (
    <header className="grid gap-4">
      <Link href={`/app/${orgSlug}/leads`} className="flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft aria-hidden className="size-4" />
        All leads
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="grid min-w-0 gap-1">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="truncate text-2xl font-semibold tracking-tight">{lead.name}</h1>
            <Badge variant={scoreVariant(score)} aria-label={`Score ${score} of 100`}>
              Score {score}
            </Badge>
          </div>
          {subtitle ? <p className="truncate text-sm text-muted-foreground">{subtitle}</p> : null}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <MergeLeadsDialog primary={lead} />
          <DeleteLeadButton name={lead.name} />
        </div>
      </div>
      <div className="flex flex-wrap gap-4">
        <LeadSelect
          key={`stage:${lead.stageId ?? ''}`}
          label="Stage"
          value={lead.stageId}
          options={stages.map((stage) => ({ value: stage.id, label: stage.name }))}
          noneLabel="No stage"
          onSave={(stageId) => save({ stageId })}
        />
        <LeadSelect
          key={`owner:${lead.ownerId ?? ''}`}
          label="Owner"
          value={lead.ownerId}
          options={owners}
          noneLabel="Unassigned"
          onSave={(ownerId) => save({ ownerId })}
        />
      </div>
    </header>
  );
}
