/** Columns the lead list can show (and an export can include), in their default order. */
export const LEAD_LIST_COLUMNS = ['name', 'email', 'company', 'phone', 'title', 'stage', 'owner', 'source', 'tags', 'score', 'value', 'createdAt', 'lastActivityAt'] as const;
export type LeadListColumn = (typeof LEAD_LIST_COLUMNS)[number];

export const DEFAULT_LEAD_COLUMNS: LeadListColumn[] = ['name', 'company', 'stage', 'owner', 'score', 'createdAt'];

export const COLUMN_LABELS: Record<LeadListColumn, string> = {
  name: 'Name',
  email: 'Email',
  company: 'Company',
  phone: 'Phone',
  title: 'Title',
  stage: 'Stage',
  owner: 'Owner',
  source: 'Source',
  tags: 'Tags',
  score: 'Score',
  value: 'Value',
  createdAt: 'Created',
  lastActivityAt: 'Last activity',
};
