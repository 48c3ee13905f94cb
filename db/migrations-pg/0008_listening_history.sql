ALTER TABLE "profiles" ADD COLUMN "history_from" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "profiles" ADD COLUMN "history_off" boolean DEFAULT false NOT NULL;