ALTER TABLE `payers` ADD `modifier59_with_concurrent` integer;--> statement-breakpoint
ALTER TABLE `payers` ADD `line_span` text;--> statement-breakpoint
ALTER TABLE `payers` ADD `nursing_limits` integer;--> statement-breakpoint
ALTER TABLE `payers` ADD `requires_prior_auth` integer;