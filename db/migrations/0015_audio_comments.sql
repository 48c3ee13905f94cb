CREATE TABLE `audio_assets` (
	`media_id` text PRIMARY KEY NOT NULL,
	`status` text DEFAULT 'queued' NOT NULL,
	`progress` integer DEFAULT 0 NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`error` text,
	`worker_id` text,
	`heartbeat_at` integer,
	`lufs_x100` integer,
	`true_peak_x100` integer,
	`peaks` text,
	`renditions` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`media_id`) REFERENCES `media_files`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `audio_assets_status_idx` ON `audio_assets` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `comments` (
	`id` text PRIMARY KEY NOT NULL,
	`track_id` text,
	`release_id` text,
	`parent_id` text,
	`author_id` text NOT NULL,
	`body` text NOT NULL,
	`at_ms` integer,
	`hidden_at` integer,
	`edited_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`track_id`) REFERENCES `tracks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`release_id`) REFERENCES `releases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `profiles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `comments_track_idx` ON `comments` (`track_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `comments_release_idx` ON `comments` (`release_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `comments_parent_idx` ON `comments` (`parent_id`);--> statement-breakpoint
CREATE INDEX `comments_author_idx` ON `comments` (`author_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `reports` ADD `comment_id` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `comment_text` text;--> statement-breakpoint
CREATE INDEX `reports_comment_idx` ON `reports` (`comment_id`);--> statement-breakpoint
ALTER TABLE `tracks` ADD `comments_off` integer DEFAULT false NOT NULL;