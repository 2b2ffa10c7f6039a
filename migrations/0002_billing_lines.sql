CREATE TABLE `billing_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`line_key` text NOT NULL,
	`patient_id` text NOT NULL,
	`order_id` text,
	`date` text NOT NULL,
	`kind` text NOT NULL,
	`code` text NOT NULL,
	`modifiers` text NOT NULL,
	`units` real NOT NULL,
	`charge_cents` integer NOT NULL,
	`fee_cents` integer,
	`ndc` text,
	`ndc_quantity` real,
	`ndc_unit` text,
	`payer_id` text NOT NULL,
	`rules` text NOT NULL,
	`concurrency_rank` integer,
	`status` text DEFAULT 'current' NOT NULL,
	`superseded_by` integer,
	`claim_id` integer,
	`generated_at` text NOT NULL,
	`status_changed_at` text,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`payer_id`) REFERENCES `payers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `billing_lines_period` ON `billing_lines` (`date`,`patient_id`);--> statement-breakpoint
CREATE INDEX `billing_lines_key` ON `billing_lines` (`line_key`,`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `billing_lines_one_current` ON `billing_lines` (`line_key`) WHERE status = 'current';