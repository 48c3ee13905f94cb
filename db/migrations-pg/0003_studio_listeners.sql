CREATE TABLE "page_listeners" (
	"profile_id" text NOT NULL,
	"listener_id" text NOT NULL,
	"first_day" text NOT NULL,
	"last_day" text NOT NULL,
	CONSTRAINT "page_listeners_profile_id_listener_id_pk" PRIMARY KEY("profile_id","listener_id")
);
--> statement-breakpoint
ALTER TABLE "page_listeners" ADD CONSTRAINT "page_listeners_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "page_listeners" ADD CONSTRAINT "page_listeners_listener_id_profiles_id_fk" FOREIGN KEY ("listener_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "page_listeners_listener_idx" ON "page_listeners" USING btree ("listener_id");