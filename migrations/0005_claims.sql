CREATE TABLE `claim_events` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_key` integer NOT NULL,
	`at` text NOT NULL,
	`kind` text NOT NULL,
	`note` text,
	FOREIGN KEY (`claim_key`) REFERENCES `claims`(`key`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `claim_lines` (
	`claim_key` integer NOT NULL,
	`line_number` integer NOT NULL,
	`billing_line_id` integer NOT NULL,
	PRIMARY KEY(`claim_key`, `line_number`, `billing_line_id`),
	FOREIGN KEY (`claim_key`) REFERENCES `claims`(`key`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`billing_line_id`) REFERENCES `billing_lines`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claim_lines_line` ON `claim_lines` (`billing_line_id`);--> statement-breakpoint
CREATE TABLE `claims` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`control_number` text NOT NULL,
	`draft_id` text NOT NULL,
	`patient_id` text NOT NULL,
	`payer_id` text NOT NULL,
	`coverage_rank` text NOT NULL,
	`member_id` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`frequency` text NOT NULL,
	`replaces_claim_key` integer,
	`payer_claim_number` text,
	`status` text NOT NULL,
	`total_cents` integer NOT NULL,
	`paid_cents` integer,
	`adjudicated_on` text,
	`adjudication_note` text,
	`place_of_service` text NOT NULL,
	`diagnoses` text NOT NULL,
	`snapshot` text NOT NULL,
	`export_file_key` integer NOT NULL,
	`exported_at` text NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`payer_id`) REFERENCES `payers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `claims_control_number` ON `claims` (`control_number`);--> statement-breakpoint
CREATE INDEX `claims_patient` ON `claims` (`patient_id`,`from_date`);--> statement-breakpoint
CREATE TABLE `counters` (
	`name` text PRIMARY KEY NOT NULL,
	`value` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `export_files` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`format` text NOT NULL,
	`file_name` text NOT NULL,
	`interchange_control_number` integer,
	`content` blob NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
