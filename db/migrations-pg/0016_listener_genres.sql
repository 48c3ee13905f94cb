CREATE TABLE "listener_genres" (
	"profile_id" text NOT NULL,
	"genre" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "listener_genres_profile_id_genre_pk" PRIMARY KEY("profile_id","genre")
);
--> statement-breakpoint
ALTER TABLE "listener_genres" ADD CONSTRAINT "listener_genres_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;