// The database's tables, in two parts: the clinical record and the pharmacy's reference data (recordTables.ts),
// what Dripline makes of it: billing lines, claims, exported files and the audit trail (billingTables.ts), and what
// comes back from the payers: remittances, the ledger, acknowledgments and the work queue (remittanceTables.ts).
// drizzle-kit reads this file (drizzle.config.ts); the rest of the app imports the tables from here.

export * from './recordTables';
export * from './billingTables';
export * from './remittanceTables';
