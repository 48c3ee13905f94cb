CREATE TABLE `follower_approvals` (
	`profile_id` text NOT NULL,
	`follower_id` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`profile_id`, `follower_id`),
	FOREIGN KEY (`profile_id`) REFERENCES `profiles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`follower_id`) REFERENCES `profiles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `follower_approvals_follower_idx` ON `follower_approvals` (`follower_id`);--> statement-breakpoint
ALTER TABLE `profiles` ADD `is_private` integer DEFAULT false NOT NULL;