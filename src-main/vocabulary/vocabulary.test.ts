import { describe, expect, it } from 'vitest';
import { payerSchema } from '../dataset/datasetSchema';
import { patientSaveInput } from '../patients/intakeInputs';
import * as t from '../store/schema';
import {
  ADJUSTMENT_GROUPS,
  CLAIM_EVENT_KINDS,
  CLAIM_STATUSES,
  COVERAGE_RANKS,
  WORK_ITEM_KINDS,
  isStanding,
  PAYER_KINDS,
  SEXES,
  STANDING_STATUSES,
} from './index';

// Each list is written once, here; the dataset and channel schemas and the store's columns take it as is.

describe('vocabulary', () => {
  it('the schemas and the store columns accept exactly the vocabulary', () => {
    expect(payerSchema.shape.kind.options).toEqual([...PAYER_KINDS]);
    expect(patientSaveInput.shape.patient.shape.sex.options).toEqual([...SEXES]);
    expect(t.payers.kind.enumValues).toEqual([...PAYER_KINDS]);
    expect(t.coverages.rank.enumValues).toEqual([...COVERAGE_RANKS]);
    expect(t.claims.status.enumValues).toEqual([...CLAIM_STATUSES]);
    expect(t.claimEvents.kind.enumValues).toEqual([...CLAIM_EVENT_KINDS]);
    expect(CLAIM_EVENT_KINDS.slice(0, CLAIM_STATUSES.length + 1)).toEqual([...CLAIM_STATUSES, 'reprinted']);
    expect(t.ledgerEntries.group.enumValues).toEqual([...ADJUSTMENT_GROUPS]);
    expect(t.workItems.kind.enumValues).toEqual([...WORK_ITEM_KINDS]);
  });

  it('a claim stands until it is rejected at the front door, replaced or voided', () => {
    expect(CLAIM_STATUSES.filter(isStanding)).toEqual([...STANDING_STATUSES]);
    expect(CLAIM_STATUSES.filter((s) => !isStanding(s))).toEqual(['rejected', 'replaced', 'voided']);
  });
});
