ALTER TABLE `concerts` ADD `rescheduled` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `concerts` ADD `sequence` integer DEFAULT 0 NOT NULL;