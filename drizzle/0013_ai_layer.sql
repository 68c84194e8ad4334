CREATE TYPE "public"."ai_feature" AS ENUM('chat', 'strategy', 'content', 'reply');--> statement-breakpoint
CREATE TYPE "public"."ai_provider_kind" AS ENUM('openai', 'openai-compatible', 'offline');--> statement-breakpoint
CREATE TYPE "public"."ai_tool_action_status" AS ENUM('approved', 'denied', 'executed', 'failed');--> statement-breakpoint
CREATE TYPE "public"."reply_draft_status" AS ENUM('draft', 'sending', 'sent', 'discarded', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."strategy_source" AS ENUM('ai', 'manual');--> statement-breakpoint
CREATE TABLE "ai_cache" (
	"key" text PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"value" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ai_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"thread_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"role" text NOT NULL,
	"parts" jsonb NOT NULL,
	"metadata" jsonb,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ai_threads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text DEFAULT 'New chat' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ai_tool_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"thread_id" uuid,
	"user_id" uuid,
	"tool_call_id" text NOT NULL,
	"tool" text NOT NULL,
	"input" jsonb NOT NULL,
	"status" "ai_tool_action_status" NOT NULL,
	"result" jsonb,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ai_usage" (
	"org_id" uuid NOT NULL,
	"month" text NOT NULL,
	"feature" "ai_feature" NOT NULL,
	"input_tokens" bigint DEFAULT 0 NOT NULL,
	"output_tokens" bigint DEFAULT 0 NOT NULL,
	"requests" integer DEFAULT 0 NOT NULL,
	"cached_requests" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_usage_org_id_month_feature_pk" PRIMARY KEY("org_id","month","feature")
);
--> statement-breakpoint
CREATE TABLE "business_profiles" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"industry" text DEFAULT '' NOT NULL,
	"audience" text DEFAULT '' NOT NULL,
	"goals" text DEFAULT '' NOT NULL,
	"voice" text DEFAULT '' NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lead_reply_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"lead_id" uuid NOT NULL,
	"kind" text DEFAULT 'first_response' NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"status" "reply_draft_status" DEFAULT 'draft' NOT NULL,
	"provider" "ai_provider_kind" NOT NULL,
	"email_message_id" uuid,
	"sent_by_id" uuid,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "marketing_strategies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"is_active" boolean DEFAULT false NOT NULL,
	"plan" jsonb NOT NULL,
	"source" "strategy_source" NOT NULL,
	"provider" "ai_provider_kind",
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "content_posts" ADD COLUMN "strategy_id" uuid;--> statement-breakpoint
ALTER TABLE "content_posts" ADD COLUMN "generated_by" "ai_provider_kind";--> statement-breakpoint
ALTER TABLE "ai_cache" ADD CONSTRAINT "ai_cache_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_messages" ADD CONSTRAINT "ai_messages_thread_id_ai_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."ai_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_messages" ADD CONSTRAINT "ai_messages_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_threads" ADD CONSTRAINT "ai_threads_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_threads" ADD CONSTRAINT "ai_threads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_tool_actions" ADD CONSTRAINT "ai_tool_actions_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_tool_actions" ADD CONSTRAINT "ai_tool_actions_thread_id_ai_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."ai_threads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_tool_actions" ADD CONSTRAINT "ai_tool_actions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_usage" ADD CONSTRAINT "ai_usage_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_profiles" ADD CONSTRAINT "business_profiles_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_profiles" ADD CONSTRAINT "business_profiles_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_reply_drafts" ADD CONSTRAINT "lead_reply_drafts_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_reply_drafts" ADD CONSTRAINT "lead_reply_drafts_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_reply_drafts" ADD CONSTRAINT "lead_reply_drafts_sent_by_id_users_id_fk" FOREIGN KEY ("sent_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_strategies" ADD CONSTRAINT "marketing_strategies_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_strategies" ADD CONSTRAINT "marketing_strategies_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ai_cache_expires_idx" ON "ai_cache" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "ai_cache_org_idx" ON "ai_cache" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_messages_thread_position_idx" ON "ai_messages" USING btree ("thread_id","position");--> statement-breakpoint
CREATE INDEX "ai_messages_org_idx" ON "ai_messages" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "ai_threads_org_user_updated_idx" ON "ai_threads" USING btree ("org_id","user_id","updated_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "ai_tool_actions_org_call_idx" ON "ai_tool_actions" USING btree ("org_id","tool_call_id");--> statement-breakpoint
CREATE INDEX "ai_tool_actions_thread_idx" ON "ai_tool_actions" USING btree ("thread_id");--> statement-breakpoint
CREATE UNIQUE INDEX "lead_reply_drafts_lead_kind_idx" ON "lead_reply_drafts" USING btree ("lead_id","kind");--> statement-breakpoint
CREATE INDEX "lead_reply_drafts_org_idx" ON "lead_reply_drafts" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "marketing_strategies_org_version_idx" ON "marketing_strategies" USING btree ("org_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "marketing_strategies_org_active_idx" ON "marketing_strategies" USING btree ("org_id") WHERE "marketing_strategies"."is_active";--> statement-breakpoint
ALTER TABLE "content_posts" ADD CONSTRAINT "content_posts_strategy_id_marketing_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."marketing_strategies"("id") ON DELETE set null ON UPDATE no action;