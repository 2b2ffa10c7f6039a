CREATE TABLE `episodes` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`patient_id` text NOT NULL,
	`admitted_on` text NOT NULL,
	`discharged_on` text,
	`discharge_reason` text,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `episodes_patient` ON `episodes` (`patient_id`,`admitted_on`);--> statement-breakpoint
ALTER TABLE `plans_of_care` ADD `episode_key` integer REFERENCES episodes(key);