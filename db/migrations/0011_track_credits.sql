CREATE TABLE `track_credits` (
	`track_id` text NOT NULL,
	`profile_id` text NOT NULL,
	`role` text DEFAULT 'featured' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`declined_at` integer,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`track_id`, `profile_id`),
	FOREIGN KEY (`track_id`) REFERENCES `tracks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`profile_id`) REFERENCES `profiles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `track_credits_profile_idx` ON `track_credits` (`profile_id`);