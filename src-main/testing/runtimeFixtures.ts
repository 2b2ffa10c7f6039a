import { afterEach } from 'vitest';
import type { OrderBillingFields } from '../lines/orderVersions';
import { idsaDataset, importInto } from './datasetBuilders';
import { tempFolder, tempRuntime } from './tempDatabase';

// Set-ups several test files share: a runtime holding the IDSA example, row counts, temp folders per test, and
// the new patient the intake tests save.

/** A fresh runtime on a temp database with the IDSA example imported. */
export function idsaRuntime(): ReturnType<typeof tempRuntime> {
  const runtime = tempRuntime();
  importInto(runtime, idsaDataset());
  return runtime;
}

/** How many rows a table of the runtime's database holds. */
export function countRows(runtime: ReturnType<typeof tempRuntime>, table: string): unknown {
  return runtime.opened.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
}

/** Registers an afterEach that removes the last folder made; the function it returns makes a fresh temp folder. */
export function freshFolders(): () => string {
  let cleanup = () => {};
  afterEach(() => cleanup());
  return () => {
    const folder = tempFolder();
    cleanup = folder.cleanup;
    return folder.dir;
  };
}

/** A new patient (Ada Moreno) with one bcbs coverage from 2026-11-01, as the intake screen sends it. */
export const NEW_PATIENT_SAVE = {
  isNew: true,
  patient: {
    firstName: 'Ada',
    lastName: 'Moreno',
    birthDate: '1970-04-02',
    sex: 'F',
    address: { line1: '3 Lake St', city: 'Springfield', state: 'IL', zip: '62704' },
    coverages: [{ payer: 'bcbs', memberId: 'XEH000111', rank: 'primary', from: '2026-11-01' }],
  },
};

/** The billing fields of the IDSA example's meropenem order, in the order the store writes them (order_revisions). */
export const MERO_BILLING_FIELDS: OrderBillingFields = {
  therapy: 'anti-infective',
  drug: 'meropenem-1g',
  dose: { amount: 1, unit: 'g' },
  schedule: 'q8h',
  route: 'IV',
  delivery: 'intermittent',
  litersPerDay: null,
  administeredBy: 'caregiver',
  purpose: null,
  partOf: null,
};
