CREATE TABLE "page_heirs" (
	"profile_id" text PRIMARY KEY NOT NULL,
	"heir_user_id" text,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "page_heirs" ADD CONSTRAINT "page_heirs_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "page_heirs" ADD CONSTRAINT "page_heirs_heir_user_id_users_id_fk" FOREIGN KEY ("heir_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;