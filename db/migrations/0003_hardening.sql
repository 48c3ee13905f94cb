CREATE TABLE `used_tokens` (
	`nonce` text PRIMARY KEY NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `used_tokens_expires_idx` ON `used_tokens` (`expires_at`);--> statement-breakpoint
CREATE TABLE `handle_history` (
	`handle_lower` text PRIMARY KEY NOT NULL,
	`profile_id` text NOT NULL,
	`reserved_until` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`profile_id`) REFERENCES `profiles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `handle_history_profile_idx` ON `handle_history` (`profile_id`);