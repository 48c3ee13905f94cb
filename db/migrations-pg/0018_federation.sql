CREATE TABLE "actor_keys" (
	"profile_id" text NOT NULL,
	"kind" text NOT NULL,
	"public_jwk" text NOT NULL,
	"private_jwk" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "actor_keys_profile_id_kind_pk" PRIMARY KEY("profile_id","kind")
);
--> statement-breakpoint
CREATE TABLE "federation_blocks" (
	"target" text PRIMARY KEY NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "federation_kv" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"expires_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "federation_outbox" (
	"id" text PRIMARY KEY NOT NULL,
	"activity_id" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"sent_at" timestamp (3) with time zone,
	"recipients" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "federation_queue" (
	"id" text PRIMARY KEY NOT NULL,
	"message" text NOT NULL,
	"run_at" timestamp (3) with time zone NOT NULL,
	"locked_until" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbox_failures" (
	"inbox" text PRIMARY KEY NOT NULL,
	"failing_since" timestamp (3) with time zone NOT NULL,
	"last_error" text DEFAULT '' NOT NULL,
	"marked_failing_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "remote_actors" (
	"id" text PRIMARY KEY NOT NULL,
	"uri" text NOT NULL,
	"handle" text NOT NULL,
	"host" text NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"summary_html" text DEFAULT '' NOT NULL,
	"icon_url" text,
	"url" text,
	"inbox" text NOT NULL,
	"shared_inbox" text,
	"outbox" text,
	"fetched_at" timestamp (3) with time zone NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "remote_actors_uri_unique" UNIQUE("uri")
);
--> statement-breakpoint
CREATE TABLE "remote_followers" (
	"profile_id" text NOT NULL,
	"actor_id" text NOT NULL,
	"follow_uri" text,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "remote_followers_profile_id_actor_id_pk" PRIMARY KEY("profile_id","actor_id")
);
--> statement-breakpoint
CREATE TABLE "remote_follows" (
	"profile_id" text NOT NULL,
	"actor_id" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"follow_uri" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "remote_follows_profile_id_actor_id_pk" PRIMARY KEY("profile_id","actor_id")
);
--> statement-breakpoint
CREATE TABLE "remote_posts" (
	"id" text PRIMARY KEY NOT NULL,
	"actor_id" text NOT NULL,
	"uri" text NOT NULL,
	"url" text,
	"type" text NOT NULL,
	"name" text,
	"content_html" text DEFAULT '' NOT NULL,
	"image_url" text,
	"starts_at" timestamp (3) with time zone,
	"location" text,
	"published_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone,
	"deleted_at" timestamp (3) with time zone,
	CONSTRAINT "remote_posts_uri_unique" UNIQUE("uri")
);
--> statement-breakpoint
ALTER TABLE "profiles" ADD COLUMN "federate" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "actor_keys" ADD CONSTRAINT "actor_keys_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "federation_outbox" ADD CONSTRAINT "federation_outbox_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remote_followers" ADD CONSTRAINT "remote_followers_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remote_followers" ADD CONSTRAINT "remote_followers_actor_id_remote_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."remote_actors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remote_follows" ADD CONSTRAINT "remote_follows_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remote_follows" ADD CONSTRAINT "remote_follows_actor_id_remote_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."remote_actors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remote_posts" ADD CONSTRAINT "remote_posts_actor_id_remote_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."remote_actors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "federation_outbox_activity_idx" ON "federation_outbox" USING btree ("activity_id","kind");--> statement-breakpoint
CREATE INDEX "federation_outbox_unsent_idx" ON "federation_outbox" USING btree ("sent_at","created_at");--> statement-breakpoint
CREATE INDEX "federation_queue_run_idx" ON "federation_queue" USING btree ("run_at");--> statement-breakpoint
CREATE INDEX "remote_actors_host_idx" ON "remote_actors" USING btree ("host");--> statement-breakpoint
CREATE INDEX "remote_actors_handle_idx" ON "remote_actors" USING btree ("handle");--> statement-breakpoint
CREATE INDEX "remote_followers_actor_idx" ON "remote_followers" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "remote_follows_actor_idx" ON "remote_follows" USING btree ("actor_id","state");--> statement-breakpoint
CREATE INDEX "remote_posts_actor_published_idx" ON "remote_posts" USING btree ("actor_id","published_at");--> statement-breakpoint
CREATE INDEX "remote_posts_published_idx" ON "remote_posts" USING btree ("published_at");