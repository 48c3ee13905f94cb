CREATE TABLE `listener_genres` (
	`profile_id` text NOT NULL,
	`genre` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`profile_id`, `genre`),
	FOREIGN KEY (`profile_id`) REFERENCES `profiles`(`id`) ON UPDATE no action ON DELETE cascade
);
