CREATE TABLE `label_roster` (
	`label_id` text NOT NULL,
	`artist_id` text NOT NULL,
	`status` text DEFAULT 'invited' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`accepted_at` integer,
	PRIMARY KEY(`label_id`, `artist_id`),
	FOREIGN KEY (`label_id`) REFERENCES `profiles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`artist_id`) REFERENCES `profiles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `label_roster_artist_idx` ON `label_roster` (`artist_id`);--> statement-breakpoint
CREATE TABLE `page_audit` (
	`id` text PRIMARY KEY NOT NULL,
	`profile_id` text NOT NULL,
	`actor_user_id` text,
	`actor_name` text NOT NULL,
	`action` text NOT NULL,
	`summary` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`profile_id`) REFERENCES `profiles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `page_audit_profile_at_idx` ON `page_audit` (`profile_id`,`at`);--> statement-breakpoint
CREATE TABLE `page_members` (
	`profile_id` text NOT NULL,
	`user_id` text NOT NULL,
	`role` text NOT NULL,
	`status` text DEFAULT 'invited' NOT NULL,
	`invited_by` text,
	`created_at` integer NOT NULL,
	`accepted_at` integer,
	PRIMARY KEY(`profile_id`, `user_id`),
	FOREIGN KEY (`profile_id`) REFERENCES `profiles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`invited_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `page_members_user_idx` ON `page_members` (`user_id`,`status`);--> statement-breakpoint
CREATE TABLE `page_transfers` (
	`profile_id` text PRIMARY KEY NOT NULL,
	`to_user_id` text NOT NULL,
	`from_user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`profile_id`) REFERENCES `profiles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`from_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `page_transfers_to_idx` ON `page_transfers` (`to_user_id`);--> statement-breakpoint
ALTER TABLE `profiles` ADD `deleted_at` integer;--> statement-breakpoint
ALTER TABLE `releases` ADD `label_id` text REFERENCES profiles(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `releases` ADD `upc` text;--> statement-breakpoint
ALTER TABLE `releases` ADD `copyright` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `releases_label_release_idx` ON `releases` (`label_id`,`release_at`);--> statement-breakpoint
ALTER TABLE `tracks` ADD `isrc` text;--> statement-breakpoint
ALTER TABLE `tracks` ADD `lyrics` text DEFAULT '' NOT NULL;