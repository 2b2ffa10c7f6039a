CREATE TABLE `coverages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`patient_id` text NOT NULL,
	`payer_id` text NOT NULL,
	`member_id` text NOT NULL,
	`group_number` text,
	`rank` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`payer_id`) REFERENCES `payers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `coverages_patient` ON `coverages` (`patient_id`);--> statement-breakpoint
CREATE INDEX `coverages_member` ON `coverages` (`member_id`);--> statement-breakpoint
CREATE TABLE `drugs` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`hcpcs` text NOT NULL,
	`billing_unit_amount` real NOT NULL,
	`billing_unit` text NOT NULL,
	`ndc` text NOT NULL,
	`ndc_unit` text NOT NULL,
	`ndc_unit_contains_amount` real NOT NULL,
	`ndc_unit_contains_unit` text NOT NULL,
	`form` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `holds` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`patient_id` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`reason` text NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `nursing_visits` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`patient_id` text NOT NULL,
	`date` text NOT NULL,
	`minutes` integer NOT NULL,
	`order_key` integer,
	`nurse` text,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_key`) REFERENCES `therapy_orders`(`key`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `order_documents` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_key` integer NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`reference` text NOT NULL,
	`file_path` text,
	FOREIGN KEY (`order_key`) REFERENCES `therapy_orders`(`key`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `patients` (
	`id` text PRIMARY KEY NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`birth_date` text NOT NULL,
	`sex` text NOT NULL,
	`line1` text NOT NULL,
	`line2` text,
	`city` text NOT NULL,
	`state` text NOT NULL,
	`zip` text NOT NULL,
	`residence` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `patients_name` ON `patients` (`last_name`,`first_name`);--> statement-breakpoint
CREATE INDEX `patients_birth_date` ON `patients` (`birth_date`);--> statement-breakpoint
CREATE TABLE `payer_fees` (
	`payer_id` text NOT NULL,
	`hcpcs` text NOT NULL,
	`effective_from` text DEFAULT '1900-01-01' NOT NULL,
	`effective_to` text,
	`cents` integer NOT NULL,
	PRIMARY KEY(`payer_id`, `hcpcs`, `effective_from`),
	FOREIGN KEY (`payer_id`) REFERENCES `payers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `payers` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`payer_id` text NOT NULL,
	`kind` text NOT NULL,
	`per_diem_days` text,
	`second_therapy_percent` real,
	`third_therapy_percent` real,
	`recognizes_s_codes` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `pharmacy` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`npi` text NOT NULL,
	`tax_id` text NOT NULL,
	`taxonomy` text,
	`line1` text NOT NULL,
	`line2` text,
	`city` text NOT NULL,
	`state` text NOT NULL,
	`zip` text NOT NULL,
	`phone` text,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `plans_of_care` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`patient_id` text NOT NULL,
	`id` text NOT NULL,
	`prescriber_id` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`diagnoses` text NOT NULL,
	`signed_on` text,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`prescriber_id`) REFERENCES `prescribers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plans_of_care_patient_id` ON `plans_of_care` (`patient_id`,`id`);--> statement-breakpoint
CREATE TABLE `prescribers` (
	`id` text PRIMARY KEY NOT NULL,
	`npi` text NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `pump_events` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`patient_id` text NOT NULL,
	`order_key` integer NOT NULL,
	`date` text NOT NULL,
	`kind` text NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_key`) REFERENCES `therapy_orders`(`key`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `therapy_orders` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_key` integer NOT NULL,
	`patient_id` text NOT NULL,
	`id` text NOT NULL,
	`therapy` text NOT NULL,
	`drug_id` text,
	`dose_amount` real,
	`dose_unit` text,
	`schedule` text NOT NULL,
	`start` text NOT NULL,
	`stop` text,
	`route` text NOT NULL,
	`delivery` text,
	`liters_per_day` real,
	`administered_by` text,
	`purpose` text,
	`prior_auth_number` text,
	`prior_auth_from` text,
	`prior_auth_to` text,
	`prior_auth_units` integer,
	FOREIGN KEY (`plan_key`) REFERENCES `plans_of_care`(`key`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`drug_id`) REFERENCES `drugs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `therapy_orders_patient_id` ON `therapy_orders` (`patient_id`,`id`);--> statement-breakpoint
CREATE INDEX `therapy_orders_plan` ON `therapy_orders` (`plan_key`);