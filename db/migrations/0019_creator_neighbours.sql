CREATE TABLE `creator_neighbours` (
	`creator_id` text NOT NULL,
	`neighbour_id` text NOT NULL,
	`score` real NOT NULL,
	`refreshed_at` integer NOT NULL,
	PRIMARY KEY(`creator_id`, `neighbour_id`),
	FOREIGN KEY (`creator_id`) REFERENCES `profiles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`neighbour_id`) REFERENCES `profiles`(`id`) ON UPDATE no action ON DELETE cascade
);
