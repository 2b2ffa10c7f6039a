CREATE TABLE `audit_log` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`channel` text NOT NULL,
	`input` text NOT NULL
);
