// The database's tables, in two parts: the clinical record and the pharmacy's reference data (recordTables.ts),
// and what Dripline makes of it: billing lines, claims, exported files and the audit trail (billingTables.ts).
// drizzle-kit reads this file (drizzle.config.ts); the rest of the app imports the tables from here.

export * from './recordTables';
export * from './billingTables';
