CREATE TABLE `actor_keys` (
	`profile_id` text NOT NULL,
	`kind` text NOT NULL,
	`public_jwk` text NOT NULL,
	`private_jwk` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`profile_id`, `kind`),
	FOREIGN KEY (`profile_id`) REFERENCES `profiles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `federation_blocks` (
	`target` text PRIMARY KEY NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `federation_kv` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`expires_at` integer
);
--> statement-breakpoint
CREATE TABLE `federation_outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`activity_id` text NOT NULL,
	`kind` text NOT NULL,
	`created_at` integer NOT NULL,
	`sent_at` integer,
	`recipients` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `federation_outbox_activity_idx` ON `federation_outbox` (`activity_id`,`kind`);--> statement-breakpoint
CREATE INDEX `federation_outbox_unsent_idx` ON `federation_outbox` (`sent_at`,`created_at`);--> statement-breakpoint
CREATE TABLE `federation_queue` (
	`id` text PRIMARY KEY NOT NULL,
	`message` text NOT NULL,
	`run_at` integer NOT NULL,
	`locked_until` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `federation_queue_run_idx` ON `federation_queue` (`run_at`);--> statement-breakpoint
CREATE TABLE `inbox_failures` (
	`inbox` text PRIMARY KEY NOT NULL,
	`failing_since` integer NOT NULL,
	`last_error` text DEFAULT '' NOT NULL,
	`marked_failing_at` integer
);
--> statement-breakpoint
CREATE TABLE `remote_actors` (
	`id` text PRIMARY KEY NOT NULL,
	`uri` text NOT NULL,
	`handle` text NOT NULL,
	`host` text NOT NULL,
	`type` text NOT NULL,
	`name` text NOT NULL,
	`summary_html` text DEFAULT '' NOT NULL,
	`icon_url` text,
	`url` text,
	`inbox` text NOT NULL,
	`shared_inbox` text,
	`outbox` text,
	`fetched_at` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `remote_actors_uri_unique` ON `remote_actors` (`uri`);--> statement-breakpoint
CREATE INDEX `remote_actors_host_idx` ON `remote_actors` (`host`);--> statement-breakpoint
CREATE INDEX `remote_actors_handle_idx` ON `remote_actors` (`handle`);--> statement-breakpoint
CREATE TABLE `remote_followers` (
	`profile_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`follow_uri` text,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`profile_id`, `actor_id`),
	FOREIGN KEY (`profile_id`) REFERENCES `profiles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `remote_actors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `remote_followers_actor_idx` ON `remote_followers` (`actor_id`);--> statement-breakpoint
CREATE TABLE `remote_follows` (
	`profile_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`follow_uri` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`profile_id`, `actor_id`),
	FOREIGN KEY (`profile_id`) REFERENCES `profiles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `remote_actors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `remote_follows_actor_idx` ON `remote_follows` (`actor_id`,`state`);--> statement-breakpoint
CREATE TABLE `remote_posts` (
	`id` text PRIMARY KEY NOT NULL,
	`actor_id` text NOT NULL,
	`uri` text NOT NULL,
	`url` text,
	`type` text NOT NULL,
	`name` text,
	`content_html` text DEFAULT '' NOT NULL,
	`image_url` text,
	`starts_at` integer,
	`location` text,
	`published_at` integer NOT NULL,
	`updated_at` integer,
	`deleted_at` integer,
	FOREIGN KEY (`actor_id`) REFERENCES `remote_actors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `remote_posts_uri_unique` ON `remote_posts` (`uri`);--> statement-breakpoint
CREATE INDEX `remote_posts_actor_published_idx` ON `remote_posts` (`actor_id`,`published_at`);--> statement-breakpoint
CREATE INDEX `remote_posts_published_idx` ON `remote_posts` (`published_at`);--> statement-breakpoint
ALTER TABLE `profiles` ADD `federate` integer DEFAULT true NOT NULL;