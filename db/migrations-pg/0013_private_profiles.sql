CREATE TABLE "follower_approvals" (
	"profile_id" text NOT NULL,
	"follower_id" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "follower_approvals_profile_id_follower_id_pk" PRIMARY KEY("profile_id","follower_id")
);
--> statement-breakpoint
ALTER TABLE "profiles" ADD COLUMN "is_private" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "follower_approvals" ADD CONSTRAINT "follower_approvals_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follower_approvals" ADD CONSTRAINT "follower_approvals_follower_id_profiles_id_fk" FOREIGN KEY ("follower_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "follower_approvals_follower_idx" ON "follower_approvals" USING btree ("follower_id");