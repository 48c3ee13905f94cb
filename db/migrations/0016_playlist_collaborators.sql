CREATE TABLE `playlist_collaborators` (
	`playlist_id` text NOT NULL,
	`profile_id` text NOT NULL,
	`status` text DEFAULT 'invited' NOT NULL,
	`created_at` integer NOT NULL,
	`accepted_at` integer,
	PRIMARY KEY(`playlist_id`, `profile_id`),
	FOREIGN KEY (`playlist_id`) REFERENCES `playlists`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`profile_id`) REFERENCES `profiles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `playlist_collaborators_profile_idx` ON `playlist_collaborators` (`profile_id`);--> statement-breakpoint
ALTER TABLE `playlist_tracks` ADD `added_by` text REFERENCES profiles(id) ON DELETE set null;--> statement-breakpoint
CREATE INDEX `playlist_tracks_added_by_idx` ON `playlist_tracks` (`added_by`);