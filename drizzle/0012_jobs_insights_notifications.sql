CREATE TYPE "public"."job_run_status" AS ENUM('queued', 'running', 'succeeded', 'failed');--> statement-breakpoint
CREATE TYPE "public"."job_run_trigger" AS ENUM('cron', 'event', 'retry');--> statement-breakpoint
CREATE TYPE "public"."digest_attempt_status" AS ENUM('sending', 'sent', 'failed', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."notification_type" AS ENUM('lead_assigned', 'task_assigned', 'insight');--> statement-breakpoint
CREATE TYPE "public"."insight_rule" AS ENUM('stale_leads', 'task_backlog', 'low_content_output', 'hot_lead_unattended', 'pipeline_stuck');--> statement-breakpoint
CREATE TYPE "public"."insight_status" AS ENUM('open', 'acted', 'dismissed', 'expired');--> statement-breakpoint
CREATE TYPE "public"."lead_assignment_mode" AS ENUM('round_robin', 'fixed', 'none');--> statement-breakpoint
CREATE TYPE "public"."content_platform" AS ENUM('linkedin', 'x');--> statement-breakpoint
CREATE TYPE "public"."content_post_status" AS ENUM('draft', 'scheduled', 'published', 'failed');--> statement-breakpoint
ALTER TYPE "public"."task_source" ADD VALUE 'automation';--> statement-breakpoint
CREATE TABLE "job_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"job_id" text NOT NULL,
	"key" text NOT NULL,
	"trigger" "job_run_trigger" NOT NULL,
	"event_name" text,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"org_id" uuid,
	"status" "job_run_status" DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer NOT NULL,
	"steps" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"result" jsonb,
	"error" text,
	"retry_of_id" uuid,
	"run_after" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_expires_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_schedules" (
	"job_id" text PRIMARY KEY NOT NULL,
	"cron" text NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_tick_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notification_digests" (
	"user_id" uuid NOT NULL,
	"day" date NOT NULL,
	"status" "digest_attempt_status" DEFAULT 'sending' NOT NULL,
	"notification_count" integer DEFAULT 0 NOT NULL,
	"email_message_id" uuid,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_digests_user_id_day_pk" PRIMARY KEY("user_id","day")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"type" "notification_type" NOT NULL,
	"title" text NOT NULL,
	"body" text,
	"href" text,
	"dedupe_key" text NOT NULL,
	"read_at" timestamp with time zone,
	"digested_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "insight_rule_settings" (
	"org_id" uuid NOT NULL,
	"rule" "insight_rule" NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"threshold" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "insight_rule_settings_org_id_rule_pk" PRIMARY KEY("org_id","rule")
);
--> statement-breakpoint
CREATE TABLE "insight_scans" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"next_run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_at" timestamp with time zone,
	"last_run_at" timestamp with time zone,
	"last_findings" integer
);
--> statement-breakpoint
CREATE TABLE "insights" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"rule" "insight_rule" NOT NULL,
	"period_key" text NOT NULL,
	"status" "insight_status" DEFAULT 'open' NOT NULL,
	"confidence" double precision NOT NULL,
	"summary" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"decided_by_id" uuid,
	"acted_at" timestamp with time zone,
	"dismissed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lead_routing_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"mode" "lead_assignment_mode" DEFAULT 'round_robin' NOT NULL,
	"fixed_owner_id" uuid,
	"last_assigned_user_id" uuid,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"business_hours_start" integer DEFAULT 9 NOT NULL,
	"business_hours_end" integer DEFAULT 17 NOT NULL,
	"work_days" integer[] DEFAULT '{1,2,3,4,5}' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"platform" "content_platform" NOT NULL,
	"pillar" text,
	"body" text NOT NULL,
	"hashtags" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" "content_post_status" DEFAULT 'draft' NOT NULL,
	"scheduled_for" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_by_id" uuid,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "notification_digest" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "stage_changed_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
-- Existing leads entered their stage at their last recorded stage change, or when they were created.
UPDATE "leads" l SET "stage_changed_at" = COALESCE(
  (SELECT max(a."occurred_at") FROM "activities" a WHERE a."lead_id" = l."id" AND a."type" = 'stage_changed'),
  l."created_at");--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "insight_id" uuid;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "dedupe_key" text;--> statement-breakpoint
ALTER TABLE "job_runs" ADD CONSTRAINT "job_runs_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_digests" ADD CONSTRAINT "notification_digests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_rule_settings" ADD CONSTRAINT "insight_rule_settings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_scans" ADD CONSTRAINT "insight_scans_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights" ADD CONSTRAINT "insights_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights" ADD CONSTRAINT "insights_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_routing_settings" ADD CONSTRAINT "lead_routing_settings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_routing_settings" ADD CONSTRAINT "lead_routing_settings_fixed_owner_id_users_id_fk" FOREIGN KEY ("fixed_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_posts" ADD CONSTRAINT "content_posts_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_posts" ADD CONSTRAINT "content_posts_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "job_runs_job_key_idx" ON "job_runs" USING btree ("job_id","key");--> statement-breakpoint
CREATE INDEX "job_runs_due_idx" ON "job_runs" USING btree ("run_after") WHERE "job_runs"."status" = 'queued';--> statement-breakpoint
CREATE INDEX "job_runs_due_cron_idx" ON "job_runs" USING btree ("run_after") WHERE "job_runs"."status" = 'queued' and "job_runs"."trigger" = 'cron';--> statement-breakpoint
CREATE INDEX "job_runs_org_idx" ON "job_runs" USING btree ("org_id") WHERE "job_runs"."org_id" is not null;--> statement-breakpoint
CREATE INDEX "job_runs_lease_idx" ON "job_runs" USING btree ("lease_expires_at") WHERE "job_runs"."status" = 'running';--> statement-breakpoint
CREATE INDEX "job_runs_created_idx" ON "job_runs" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "job_runs_job_status_finished_idx" ON "job_runs" USING btree ("job_id","status","finished_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_user_dedupe_idx" ON "notifications" USING btree ("user_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "notifications_user_org_created_idx" ON "notifications" USING btree ("user_id","org_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "notifications_org_idx" ON "notifications" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "notifications_undigested_idx" ON "notifications" USING btree ("user_id","created_at") WHERE "notifications"."read_at" is null and "notifications"."digested_at" is null;--> statement-breakpoint
CREATE INDEX "insight_scans_next_run_idx" ON "insight_scans" USING btree ("next_run_at");--> statement-breakpoint
CREATE UNIQUE INDEX "insights_org_rule_period_idx" ON "insights" USING btree ("org_id","rule","period_key");--> statement-breakpoint
CREATE INDEX "insights_org_status_created_idx" ON "insights" USING btree ("org_id","status","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "content_posts_org_created_idx" ON "content_posts" USING btree ("org_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_insight_id_insights_id_fk" FOREIGN KEY ("insight_id") REFERENCES "public"."insights"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "leads_org_last_activity_idx" ON "leads" USING btree ("org_id","last_activity_at");--> statement-breakpoint
CREATE INDEX "leads_org_stage_changed_idx" ON "leads" USING btree ("org_id","stage_id","stage_changed_at");--> statement-breakpoint
CREATE INDEX "tasks_org_status_due_idx" ON "tasks" USING btree ("org_id","status","due_at");--> statement-breakpoint
CREATE INDEX "tasks_insight_idx" ON "tasks" USING btree ("insight_id") WHERE "tasks"."insight_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_org_dedupe_key_idx" ON "tasks" USING btree ("org_id","dedupe_key") WHERE "tasks"."dedupe_key" is not null;--> statement-breakpoint
-- Scheduled ticks are claimed in job_runs now (one row per job and tick).
DROP TABLE "cron_claims";