ALTER TABLE "auth_tokens" ADD COLUMN "password_hash" text;--> statement-breakpoint
-- An unverified account's password was set by whoever signed up, not necessarily the owner of the address.
-- Move it onto the account's pending confirmation links (so the owner's own link still sets it) and clear it.
UPDATE "auth_tokens" SET "password_hash" = "users"."password_hash" FROM "users" WHERE "auth_tokens"."user_id" = "users"."id" AND "auth_tokens"."purpose" = 'verify_email' AND "auth_tokens"."used_at" IS NULL AND "users"."email_verified" IS NULL;--> statement-breakpoint
UPDATE "users" SET "password_hash" = NULL WHERE "email_verified" IS NULL;
