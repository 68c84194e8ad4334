'use client';

import { Pencil, RefreshCw } from 'lucide-react';
import { useState } from 'react';
import { OfflineBadge } from '@/components/ai/offline-badge';
import { formatDateTime } from '@/components/settings/format';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { StrategyPlan } from '@/db/schema/ai';
import type { StrategyView } from '@/lib/ai/strategy/strategy-versions';
import { StrategyEmptyState } from './strategy-empty-state';
import { BLANK_PLAN, StrategyEditor } from './strategy-editor';
import { StrategyPlanView } from './strategy-plan-view';
import { StrategyVersionList } from './strategy-version-list';
import { useStrategyActions } from './use-strategy-actions';

type Props = {
  orgSlug: string;
  versions: StrategyView[];
  hasProfile: boolean;
  profileHref: string;
  canEditProfile: boolean;
  canWrite: boolean;
};

type Editing = { plan: StrategyPlan; baseVersion: number | null } | null;

/** The strategy tab: the chosen version (the active one to start with), its history, and the ways to change it. */
export function StrategyStudio({ orgSlug, versions, hasProfile, profileHref, canEditProfile, canWrite }: Props) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const actions = useStrategyActions(orgSlug, (strategy) => {
    setEditing(null);
    setSelectedId(strategy.id);
  });
  const selected = versions.find((v) => v.id === selectedId) ?? versions.find((v) => v.isActive) ?? versions[0] ?? null;

  const status = (
    <>
      <p role="status" aria-live="polite" className="sr-only">
        {actions.message}
      </p>
      {actions.error ? (
        <p role="alert" className="rounded-md border border-destructive/30 bg-destructive/5 px-3 py-2 text-sm text-destructive">
          {actions.error}
        </p>
      ) : null}
    </>
  );

  if (editing) {
    return (
      <StrategyEditor
        orgSlug={orgSlug}
        initialPlan={editing.plan}
        baseVersion={editing.baseVersion}
        onCancel={() => setEditing(null)}
        onSaved={actions.saved}
      />
    );
  }

  if (!selected) {
    return (
      <div className="grid gap-4">
        {status}
        <StrategyEmptyState
          hasProfile={hasProfile}
          profileHref={profileHref}
          canEditProfile={canEditProfile}
          canWrite={canWrite}
          isGenerating={actions.isGenerating}
          onGenerate={actions.generate}
          onWriteByHand={() => setEditing({ plan: BLANK_PLAN, baseVersion: null })}
        />
      </div>
    );
  }

  return (
    <div className="grid gap-6 md:grid-cols-[1fr_16rem]">
      <article className="grid content-start gap-4" aria-busy={actions.isGenerating} aria-labelledby="strategy-title">
        {status}
        <header className="flex flex-wrap items-start justify-between gap-3">
          <div className="grid gap-1">
            <h2 id="strategy-title" className="flex flex-wrap items-center gap-2 text-lg font-semibold">
              Version {selected.version}
              {selected.isActive ? <Badge>Active</Badge> : <Badge variant="outline">Not active</Badge>}
              <OfflineBadge provider={selected.provider} orgSlug={orgSlug} />
            </h2>
            <p className="text-sm text-muted-foreground">
              {selected.source === 'ai' ? 'Generated' : 'Written by hand'} {formatDateTime(selected.createdAt)}
              {selected.createdByName ? ` by ${selected.createdByName}` : ''}
            </p>
          </div>
          {canWrite ? (
            <div className="flex flex-wrap gap-2">
              {!selected.isActive ? (
                <Button variant="outline" disabled={actions.isActivating} onClick={() => actions.activate(selected.id)}>
                  {actions.isActivating ? 'Activating…' : 'Make active'}
                </Button>
              ) : null}
              <Button variant="outline" onClick={() => setEditing({ plan: selected.plan, baseVersion: selected.version })}>
                <Pencil aria-hidden />
                Edit
              </Button>
              <Button onClick={actions.generate} disabled={actions.isGenerating || !hasProfile} title={hasProfile ? undefined : 'Fill in the business profile first'}>
                <RefreshCw aria-hidden className={actions.isGenerating ? 'animate-spin' : undefined} />
                {actions.isGenerating ? 'Generating…' : 'Regenerate'}
              </Button>
            </div>
          ) : null}
        </header>
        <StrategyPlanView plan={selected.plan} />
      </article>
      <StrategyVersionList versions={versions} selectedId={selected.id} onSelect={setSelectedId} />
    </div>
  );
}
