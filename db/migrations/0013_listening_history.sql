ALTER TABLE `profiles` ADD `history_from` integer;--> statement-breakpoint
ALTER TABLE `profiles` ADD `history_off` integer DEFAULT false NOT NULL;