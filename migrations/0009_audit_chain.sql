ALTER TABLE `audit_log` ADD `entity` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `before` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `prev_hash` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `hash` text;--> statement-breakpoint
CREATE TRIGGER `audit_log_append_only_update` BEFORE UPDATE ON `audit_log` BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only: an entry cannot be changed.'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_append_only_delete` BEFORE DELETE ON `audit_log` BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only: an entry cannot be removed.'); END;
