CREATE TABLE `page_heirs` (
	`profile_id` text PRIMARY KEY NOT NULL,
	`heir_user_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`profile_id`) REFERENCES `profiles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`heir_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
