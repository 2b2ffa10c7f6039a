CREATE TABLE `acknowledgments` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`file_key` integer NOT NULL,
	`kind` text NOT NULL,
	`summary` text NOT NULL,
	`read_on` text NOT NULL,
	FOREIGN KEY (`file_key`) REFERENCES `received_files`(`key`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `ledger_entries` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_key` integer NOT NULL,
	`line_number` integer,
	`remit_claim_key` integer,
	`kind` text NOT NULL,
	`adjustment_group` text,
	`reason` text,
	`cents` integer NOT NULL,
	`remarks` text NOT NULL,
	`posted_on` text NOT NULL,
	`at` text NOT NULL,
	`note` text,
	FOREIGN KEY (`claim_key`) REFERENCES `claims`(`key`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`remit_claim_key`) REFERENCES `remit_claims`(`key`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ledger_entries_claim` ON `ledger_entries` (`claim_key`,`line_number`);--> statement-breakpoint
CREATE TABLE `received_files` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`original_name` text,
	`content` blob NOT NULL,
	`received_on` text NOT NULL,
	`received_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `remit_claims` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`remittance_key` integer NOT NULL,
	`claim_key` integer,
	`control_number` text NOT NULL,
	`status_code` text NOT NULL,
	`charge_cents` integer NOT NULL,
	`paid_cents` integer NOT NULL,
	`patient_responsibility_cents` integer NOT NULL,
	`payer_claim_number` text,
	`outcome` text NOT NULL,
	`problem` text,
	`answer` text NOT NULL,
	FOREIGN KEY (`remittance_key`) REFERENCES `remittances`(`key`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claim_key`) REFERENCES `claims`(`key`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `remit_claims_claim` ON `remit_claims` (`claim_key`);--> statement-breakpoint
CREATE TABLE `remittances` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`file_key` integer NOT NULL,
	`payer_key` text NOT NULL,
	`payer_name` text NOT NULL,
	`payer_id` text,
	`trace_number` text NOT NULL,
	`payment_cents` integer NOT NULL,
	`method` text NOT NULL,
	`paid_on` text,
	`provider_adjustments` text NOT NULL,
	`posted_on` text NOT NULL,
	`posted_at` text NOT NULL,
	FOREIGN KEY (`file_key`) REFERENCES `received_files`(`key`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`payer_id`) REFERENCES `payers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `remittances_trace` ON `remittances` (`payer_key`,`trace_number`);--> statement-breakpoint
CREATE TABLE `work_items` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_key` integer NOT NULL,
	`line_number` integer,
	`kind` text NOT NULL,
	`reasons` text NOT NULL,
	`remarks` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`message` text,
	`opened_on` text NOT NULL,
	`assignee` text,
	`resolution` text,
	`resolved_on` text,
	FOREIGN KEY (`claim_key`) REFERENCES `claims`(`key`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `work_items_claim` ON `work_items` (`claim_key`);--> statement-breakpoint
CREATE INDEX `work_items_open` ON `work_items` (`resolution`);--> statement-breakpoint
ALTER TABLE `claims` ADD `prior_claim_key` integer;--> statement-breakpoint
ALTER TABLE `export_files` ADD `group_control_number` integer;