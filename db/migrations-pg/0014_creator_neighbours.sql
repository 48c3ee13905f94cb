CREATE TABLE "creator_neighbours" (
	"creator_id" text NOT NULL,
	"neighbour_id" text NOT NULL,
	"score" double precision NOT NULL,
	"refreshed_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "creator_neighbours_creator_id_neighbour_id_pk" PRIMARY KEY("creator_id","neighbour_id")
);
--> statement-breakpoint
ALTER TABLE "creator_neighbours" ADD CONSTRAINT "creator_neighbours_creator_id_profiles_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "creator_neighbours" ADD CONSTRAINT "creator_neighbours_neighbour_id_profiles_id_fk" FOREIGN KEY ("neighbour_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;