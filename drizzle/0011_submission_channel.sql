CREATE TYPE "public"."submission_channel" AS ENUM('contact_form', 'lead_form');--> statement-breakpoint
ALTER TABLE "form_submissions" ADD COLUMN "channel" "submission_channel";--> statement-breakpoint
ALTER TABLE "form_submissions" ADD COLUMN "form_name" text;--> statement-breakpoint
-- Rows stored before these columns: a null form id meant the contact form; otherwise take the form's name.
UPDATE "form_submissions" s SET
  "channel" = CASE WHEN s."form_id" IS NULL THEN 'contact_form'::submission_channel ELSE 'lead_form'::submission_channel END,
  "form_name" = COALESCE((SELECT f."name" FROM "lead_forms" f WHERE f."id" = s."form_id"), 'Contact form');--> statement-breakpoint
ALTER TABLE "form_submissions" ALTER COLUMN "channel" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "form_submissions" ALTER COLUMN "form_name" SET NOT NULL;
