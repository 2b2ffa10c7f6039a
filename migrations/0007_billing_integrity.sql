CREATE TABLE `order_revisions` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_key` integer NOT NULL,
	`last_day` text NOT NULL,
	`fields` text NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`order_key`) REFERENCES `therapy_orders`(`key`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `order_revisions_order` ON `order_revisions` (`order_key`,`last_day`);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `actor` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `face` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `result` text;--> statement-breakpoint
ALTER TABLE `billing_lines` ADD `anchor_order` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `exported_on` text;--> statement-breakpoint
ALTER TABLE `drugs` ADD `drug_class` text;--> statement-breakpoint
ALTER TABLE `payers` ADD `interim_billing` integer;--> statement-breakpoint
ALTER TABLE `therapy_orders` ADD `part_of` text;--> statement-breakpoint
UPDATE `claims` SET `exported_on` = substr(`exported_at`, 1, 10) WHERE `exported_on` IS NULL;
