import { describe, expect, it } from 'vitest';
import { payerSchema } from '../dataset/datasetSchema';
import { patientSaveInput } from '../patients/intakeInputs';
import * as t from '../store/schema';
import { CLAIM_STATUSES, COVERAGE_RANKS, isStanding, PAYER_KINDS, SEXES, STANDING_STATUSES } from './index';

// Each list is written once, here; the dataset and channel schemas and the store's columns take it as is.

describe('vocabulary', () => {
  it('the schemas and the store columns accept exactly the vocabulary', () => {
    expect(payerSchema.shape.kind.options).toEqual([...PAYER_KINDS]);
    expect(patientSaveInput.shape.patient.shape.sex.options).toEqual([...SEXES]);
    expect(t.payers.kind.enumValues).toEqual([...PAYER_KINDS]);
    expect(t.coverages.rank.enumValues).toEqual([...COVERAGE_RANKS]);
    expect(t.claims.status.enumValues).toEqual([...CLAIM_STATUSES]);
    expect(t.claimEvents.kind.enumValues).toEqual([...CLAIM_STATUSES, 'reprinted']);
  });

  it('a claim stands until it is replaced or voided', () => {
    expect(CLAIM_STATUSES.filter(isStanding)).toEqual([...STANDING_STATUSES]);
    expect(CLAIM_STATUSES.filter((s) => !isStanding(s))).toEqual(['replaced', 'voided']);
  });
});
