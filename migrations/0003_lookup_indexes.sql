CREATE INDEX `billing_lines_patient` ON `billing_lines` (`patient_id`,`date`);--> statement-breakpoint
CREATE INDEX `holds_patient` ON `holds` (`patient_id`,`from_date`);--> statement-breakpoint
CREATE INDEX `nursing_visits_patient` ON `nursing_visits` (`patient_id`,`date`);--> statement-breakpoint
CREATE INDEX `order_documents_order` ON `order_documents` (`order_key`);--> statement-breakpoint
CREATE INDEX `pump_events_patient` ON `pump_events` (`patient_id`,`date`);