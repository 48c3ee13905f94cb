CREATE TABLE `page_stats_daily` (
	`profile_id` text NOT NULL,
	`metric` text NOT NULL,
	`day` text NOT NULL,
	`dimension` text DEFAULT '' NOT NULL,
	`value` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`profile_id`, `metric`, `day`, `dimension`),
	FOREIGN KEY (`profile_id`) REFERENCES `profiles`(`id`) ON UPDATE no action ON DELETE cascade
);
