// What the scan reads for each rule, as plain data: the rules in lib/insights/rules are pure functions of
// these. Each list holds the first MAX_EVIDENCE_ITEMS matches; `total` counts every match in the workspace.

export type StaleLeadsSnapshot = {
  total: number;
  leads: { id: string; name: string; stageIsClosed: boolean; lastActivityAt: Date | null; createdAt: Date }[];
};

export type TaskBacklogSnapshot = {
  total: number;
  tasks: { id: string; title: string; status: string; dueAt: Date | null }[];
};

export type LowContentOutputSnapshot = {
  /** Whether the workspace ever created a post: the rule stays quiet for workspaces that never use content. */
  hasAnyPost: boolean;
  postsLast7Days: number;
};

export type HotLeadsSnapshot = {
  total: number;
  leads: {
    id: string;
    name: string;
    score: number;
    ownerId: string | null;
    stageIsClosed: boolean;
    createdAt: Date;
    /** The owner's latest timeline entry on the lead, null when they never touched it. */
    lastOwnerActivityAt: Date | null;
  }[];
};

export type PipelineStagesSnapshot = {
  stages: { id: string; name: string; isWon: boolean; isLost: boolean; leadCount: number; lastMovedAt: Date | null }[];
};

/** The snapshot of one workspace; a rule that is off has no entry (its queries never ran). */
export type InsightSnapshot = {
  stale_leads?: StaleLeadsSnapshot;
  task_backlog?: TaskBacklogSnapshot;
  low_content_output?: LowContentOutputSnapshot;
  hot_lead_unattended?: HotLeadsSnapshot;
  pipeline_stuck?: PipelineStagesSnapshot;
};
