CREATE TABLE "page_stats_daily" (
	"profile_id" text NOT NULL,
	"metric" text NOT NULL,
	"day" text NOT NULL,
	"dimension" text DEFAULT '' NOT NULL,
	"value" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "page_stats_daily_profile_id_metric_day_dimension_pk" PRIMARY KEY("profile_id","metric","day","dimension")
);
--> statement-breakpoint
ALTER TABLE "page_stats_daily" ADD CONSTRAINT "page_stats_daily_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;