import type { Executor } from '@/db';
import type { InsightRule } from '@/db/schema/values';
import type { EffectiveRuleSettings } from '../settings-read';
import { buildHotLeadsQuery, loadHotLeads } from './hot-leads';
import { buildLowContentOutputQuery, loadLowContentOutput } from './low-content-output';
import type { SnapshotParams } from './params';
import { buildPipelineStagesQuery, loadPipelineStages } from './pipeline-stages';
import { buildStaleLeadsQuery, loadStaleLeads } from './stale-leads';
import { buildTaskBacklogQuery, loadTaskBacklog } from './task-backlog';
import type { InsightSnapshot } from './types';

export type { InsightSnapshot } from './types';
export type { SnapshotParams } from './params';

type Loaders = { [R in InsightRule]: (db: Executor, params: SnapshotParams) => Promise<NonNullable<InsightSnapshot[R]>> };

const LOADERS: Loaders = {
  stale_leads: loadStaleLeads,
  task_backlog: loadTaskBacklog,
  low_content_output: loadLowContentOutput,
  hot_lead_unattended: loadHotLeads,
  pipeline_stuck: loadPipelineStages,
};

/** Each rule's SQL as a query object (`.toSQL()`), for the benchmark's EXPLAIN. */
export const SNAPSHOT_QUERIES = {
  stale_leads: buildStaleLeadsQuery,
  task_backlog: buildTaskBacklogQuery,
  low_content_output: buildLowContentOutputQuery,
  hot_lead_unattended: buildHotLeadsQuery,
  pipeline_stuck: buildPipelineStagesQuery,
} satisfies Record<InsightRule, (db: Executor, params: SnapshotParams) => { toSQL(): { sql: string; params: unknown[] } }>;

async function loadOne<R extends InsightRule>(rule: R, db: Executor, params: SnapshotParams, snapshot: InsightSnapshot) {
  (snapshot as Record<R, unknown>)[rule] = await LOADERS[rule](db, params);
}

/**
 * Reads what the workspace's enabled rules need, one query per rule, one after another: many workspaces are
 * scanned at once, so one scan holds one connection rather than five.
 */
export async function loadInsightSnapshot(db: Executor, { orgId, now, settings }: { orgId: string; now: Date; settings: EffectiveRuleSettings }) {
  const snapshot: InsightSnapshot = {};
  for (const setting of Object.values(settings)) {
    if (setting.enabled) await loadOne(setting.rule, db, { orgId, now, threshold: setting.threshold }, snapshot);
  }
  return snapshot;
}
