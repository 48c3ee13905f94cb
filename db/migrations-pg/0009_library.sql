CREATE TABLE "playlist_follows" (
	"profile_id" text NOT NULL,
	"playlist_id" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "playlist_follows_profile_id_playlist_id_pk" PRIMARY KEY("profile_id","playlist_id")
);
--> statement-breakpoint
CREATE TABLE "saved_releases" (
	"profile_id" text NOT NULL,
	"release_id" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "saved_releases_profile_id_release_id_pk" PRIMARY KEY("profile_id","release_id")
);
--> statement-breakpoint
ALTER TABLE "playlist_follows" ADD CONSTRAINT "playlist_follows_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playlist_follows" ADD CONSTRAINT "playlist_follows_playlist_id_playlists_id_fk" FOREIGN KEY ("playlist_id") REFERENCES "public"."playlists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_releases" ADD CONSTRAINT "saved_releases_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_releases" ADD CONSTRAINT "saved_releases_release_id_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "playlist_follows_playlist_idx" ON "playlist_follows" USING btree ("playlist_id");--> statement-breakpoint
CREATE INDEX "saved_releases_release_idx" ON "saved_releases" USING btree ("release_id");