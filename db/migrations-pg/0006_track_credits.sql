CREATE TABLE "track_credits" (
	"track_id" text NOT NULL,
	"profile_id" text NOT NULL,
	"role" text DEFAULT 'featured' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"declined_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "track_credits_track_id_profile_id_pk" PRIMARY KEY("track_id","profile_id")
);
--> statement-breakpoint
ALTER TABLE "track_credits" ADD CONSTRAINT "track_credits_track_id_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."tracks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "track_credits" ADD CONSTRAINT "track_credits_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "track_credits_profile_idx" ON "track_credits" USING btree ("profile_id");