// The value lists behind the CRM's Postgres enums, in a module with no Drizzle import: zod schemas that
// browser code shares import these, so the table definitions stay out of client bundles.

export const ACTIVITY_TYPES = [
  'note', 'call', 'email_sent', 'email_opened', 'form_submitted', 'meeting', 'stage_changed', 'task_created', 'task_completed', 'lead_merged',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const ACTOR_TYPES = ['user', 'api_key', 'system'] as const;

export const TASK_STATUSES = ['pending', 'in_progress', 'completed', 'failed', 'cancelled'] as const;
export const OPEN_TASK_STATUSES = ['pending', 'in_progress'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

// Who created a task: a person, an insight scan, the AI assistant, or an automation such as the lead pipeline.
export const TASK_SOURCES = ['user', 'insight', 'ai', 'automation'] as const;
export type TaskSource = (typeof TASK_SOURCES)[number];

export const CUSTOM_FIELD_TYPES = ['text', 'number', 'date', 'select'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

// draft → scheduled (published_at in the future) → published.
export const BLOG_POST_STATUSES = ['draft', 'scheduled', 'published'] as const;
export type BlogPostStatus = (typeof BLOG_POST_STATUSES)[number];

export const ANALYTICS_EVENT_TYPES = ['page_view', 'form_view', 'form_submission', 'form_spam'] as const;
export type AnalyticsEventType = (typeof ANALYTICS_EVENT_TYPES)[number];

/** Where a submission came from: first-touch attribution, also kept on the lead. */
export type Attribution = {
  referrer?: string;
  landingPage?: string;
  utm?: { source?: string; medium?: string; campaign?: string; term?: string; content?: string };
};

// The lead fields a form can ask for besides the workspace's custom fields (keyed `custom:<key>`).
export const STANDARD_FORM_FIELD_KEYS = ['name', 'email', 'company', 'phone', 'message'] as const;
export type StandardFormFieldKey = (typeof STANDARD_FORM_FIELD_KEYS)[number];

// Where an accepted form submission came from.
export const SUBMISSION_CHANNELS = ['contact_form', 'lead_form'] as const;
export type SubmissionChannel = (typeof SUBMISSION_CHANNELS)[number];

// A background job run's life: queued (waiting or backing off) → running → succeeded | failed.
export const JOB_RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type JobRunStatus = (typeof JOB_RUN_STATUSES)[number];
// What started a run: a cron tick, an event, or staff retrying a failed run.
export const JOB_RUN_TRIGGERS = ['cron', 'event', 'retry'] as const;
export type JobRunTrigger = (typeof JOB_RUN_TRIGGERS)[number];

// The insight scan's rules (lib/insights/rules).
export const INSIGHT_RULES = ['stale_leads', 'task_backlog', 'low_content_output', 'hot_lead_unattended', 'pipeline_stuck'] as const;
export type InsightRule = (typeof INSIGHT_RULES)[number];
// `expired`: a newer scan superseded it, or its rule no longer fires; not shown in the dashboard's tabs.
export const INSIGHT_STATUSES = ['open', 'acted', 'dismissed', 'expired'] as const;
export type InsightStatus = (typeof INSIGHT_STATUSES)[number];

// Who gets a new lead: the next member in turn, one fixed person, or nobody (left unassigned).
export const LEAD_ASSIGNMENT_MODES = ['round_robin', 'fixed', 'none'] as const;
export type LeadAssignmentMode = (typeof LEAD_ASSIGNMENT_MODES)[number];

export const NOTIFICATION_TYPES = ['lead_assigned', 'task_assigned', 'insight'] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];
// A digest email's attempt: being handed to the provider, sent, refused (may be retried), or unknown (no answer).
export const DIGEST_ATTEMPT_STATUSES = ['sending', 'sent', 'failed', 'unknown'] as const;
export type DigestAttemptStatus = (typeof DIGEST_ATTEMPT_STATUSES)[number];

export const CONTENT_PLATFORMS = ['linkedin', 'x'] as const;
export type ContentPlatform = (typeof CONTENT_PLATFORMS)[number];
export const CONTENT_POST_STATUSES = ['draft', 'scheduled', 'published', 'failed'] as const;
export type ContentPostStatus = (typeof CONTENT_POST_STATUSES)[number];

// What AI work is for: usage is counted per workspace, month and feature.
export const AI_FEATURES = ['chat', 'strategy', 'content', 'reply'] as const;
export type AiFeature = (typeof AI_FEATURES)[number];
// Which model wrote a text: stored next to everything AI writes, so "offline" can be shown wherever it appears.
export const AI_PROVIDER_KINDS = ['openai', 'openai-compatible', 'offline'] as const;
export type AiProviderKind = (typeof AI_PROVIDER_KINDS)[number];
// The chat assistant's write tools: proposed by the model, decided by a person, executed once.
export const AI_TOOL_ACTION_STATUSES = ['approved', 'denied', 'executed', 'failed'] as const;
export type AiToolActionStatus = (typeof AI_TOOL_ACTION_STATUSES)[number];
// A drafted reply to a lead: nothing is sent until a person approves it; `sending` is written before the provider is called.
export const REPLY_DRAFT_STATUSES = ['draft', 'sending', 'sent', 'discarded', 'unknown'] as const;
export type ReplyDraftStatus = (typeof REPLY_DRAFT_STATUSES)[number];
export const STRATEGY_SOURCES = ['ai', 'manual'] as const;
export type StrategySource = (typeof STRATEGY_SOURCES)[number];
