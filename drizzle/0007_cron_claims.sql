CREATE TABLE "cron_claims" (
	"name" text NOT NULL,
	"tick" text NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "cron_claims_name_tick_pk" PRIMARY KEY("name","tick")
);
