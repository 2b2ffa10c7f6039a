import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADJUSTMENT_GROUPS, REMIT_CLAIM_STATUS_CODES } from '../../vocabulary';
import { ACK_STATUS_CODE_DESCRIPTIONS, ELEMENT_ERROR_CODE_DESCRIPTIONS, SEGMENT_ERROR_CODE_DESCRIPTIONS } from './ack999';
import { CARC_DESCRIPTIONS } from './carc';
import { CARC_DESCRIPTIONS_A } from './carcA';
import { CARC_DESCRIPTIONS_B } from './carcB';
import { CLAIM_STATUS_CATEGORY_DESCRIPTIONS, CLAIM_STATUS_CODE_DESCRIPTIONS_277 } from './claimStatus277';
import { describeAdjustment, describeClaimStatus277, describeRemark } from './describeCode';
import { ADJUSTMENT_GROUP_DESCRIPTIONS, ADJUSTMENT_GROUP_LABELS, CLAIM_STATUS_CODE_DESCRIPTIONS } from './groupCodes';
import { RARC_DESCRIPTIONS } from './rarc';

const CARC_KEY = /^([A-Z]\d{1,2}|\d{1,3})$/;
const RARC_KEY = /^(M|N|MA)\d{1,3}$/;

const TABLES: Record<string, Readonly<Record<string, string>>> = {
  CARC_DESCRIPTIONS,
  RARC_DESCRIPTIONS,
  ADJUSTMENT_GROUP_DESCRIPTIONS,
  CLAIM_STATUS_CODE_DESCRIPTIONS,
  CLAIM_STATUS_CATEGORY_DESCRIPTIONS,
  CLAIM_STATUS_CODE_DESCRIPTIONS_277,
  ACK_STATUS_CODE_DESCRIPTIONS,
  SEGMENT_ERROR_CODE_DESCRIPTIONS,
  ELEMENT_ERROR_CODE_DESCRIPTIONS,
};

describe('code tables (RM-5: a denial reason described in words)', () => {
  it('gives the exact words for a handful of codes', () => {
    expect(CARC_DESCRIPTIONS['45']).toBe('Charges exceed the fee schedule or maximum allowable.');
    expect(CARC_DESCRIPTIONS['50']).toBe('The payer does not deem this service medically necessary.');
    expect(CARC_DESCRIPTIONS['197']).toBe('Prior authorization, precertification or notification was not obtained.');
    expect(CARC_DESCRIPTIONS['253']).toBe('Sequestration: the mandated reduction in federal payment.');
    expect(CARC_DESCRIPTIONS['B13']).toBe('Previously paid: payment for this may have been made already.');
    expect(RARC_DESCRIPTIONS['N130']).toBe("See the plan's benefit documents or guidelines for restrictions on this service.");
    expect(RARC_DESCRIPTIONS['M119']).toBe('Missing, incomplete, invalid, deactivated or withdrawn National Drug Code (NDC).');
    expect(ADJUSTMENT_GROUP_LABELS.PR).toBe('patient responsibility');
    expect(CLAIM_STATUS_CODE_DESCRIPTIONS['22']).toBe('Reversal of an earlier payment.');
    expect(CLAIM_STATUS_CATEGORY_DESCRIPTIONS['A2']).toBe("Accepted into the payer's adjudication system.");
    expect(CLAIM_STATUS_CODE_DESCRIPTIONS_277['562']).toBe("Concerns the entity's National Provider Identifier (NPI).");
    expect(ACK_STATUS_CODE_DESCRIPTIONS['P']).toBe('Partially accepted: at least one transaction set was rejected.');
    expect(SEGMENT_ERROR_CODE_DESCRIPTIONS['3']).toBe('A required segment is missing.');
    expect(ELEMENT_ERROR_CODE_DESCRIPTIONS['I12']).toBe('The value does not match the pattern the implementation guide requires.');
  });

  it('carries the codes a home-infusion biller meets most', () => {
    const carcs = [
      '1',
      '2',
      '3',
      '4',
      '16',
      '18',
      '22',
      '23',
      '27',
      '29',
      '45',
      '50',
      '96',
      '97',
      '109',
      '151',
      '197',
      '204',
      '252',
      '253',
    ];
    for (const code of [...carcs, 'A1', 'B7', 'B13', 'P1', 'P32']) expect(CARC_DESCRIPTIONS[code], code).toBeDefined();
    const rarcs = ['M15', 'M20', 'M51', 'M76', 'M77', 'M79', 'M80', 'M86', 'M119', 'M124', 'N4', 'N19', 'N20', 'N30', 'N54', 'N56'];
    const more = ['N95', 'N115', 'N130', 'N211', 'N290', 'N362', 'N381', 'N386', 'N432', 'N479', 'N517', 'N522', 'N657'];
    for (const code of [...rarcs, ...more, 'MA01', 'MA04', 'MA07', 'MA18', 'MA130']) expect(RARC_DESCRIPTIONS[code], code).toBeDefined();
    expect(Object.keys(CARC_DESCRIPTIONS).length).toBeGreaterThanOrEqual(120);
    expect(Object.keys(RARC_DESCRIPTIONS).length).toBeGreaterThanOrEqual(80);
  });

  it('keys every CARC and RARC as a well-formed code', () => {
    const badCarcs = Object.keys(CARC_DESCRIPTIONS).filter((k) => !CARC_KEY.test(k));
    const badRarcs = Object.keys(RARC_DESCRIPTIONS).filter((k) => !RARC_KEY.test(k));
    expect(badCarcs).toEqual([]);
    expect(badRarcs).toEqual([]);
  });

  it('describes every code in one sentence: not empty, at most 200 characters, trimmed, ending in a period', () => {
    for (const [name, table] of Object.entries(TABLES)) {
      for (const [code, text] of Object.entries(table)) {
        const where = `${name}[${code}]`;
        expect(text.length, where).toBeGreaterThan(0);
        expect(text.length, where).toBeLessThanOrEqual(200);
        expect(text, where).toBe(text.trim());
        expect(text.endsWith('.'), where).toBe(true);
      }
    }
  });

  it('merges the two CARC files without a shared key', () => {
    const shared = Object.keys(CARC_DESCRIPTIONS_A).filter((k) => Object.hasOwn(CARC_DESCRIPTIONS_B, k));
    expect(shared).toEqual([]);
    const total = Object.keys(CARC_DESCRIPTIONS_A).length + Object.keys(CARC_DESCRIPTIONS_B).length;
    expect(Object.keys(CARC_DESCRIPTIONS)).toHaveLength(total);
  });

  it('describes every adjustment group and every CLP02 the vocabulary knows (RM-2, RM-3)', () => {
    for (const group of ADJUSTMENT_GROUPS) {
      expect(ADJUSTMENT_GROUP_DESCRIPTIONS[group], group).toBeDefined();
      expect(ADJUSTMENT_GROUP_LABELS[group], group).toBeDefined();
    }
    expect(Object.keys(ADJUSTMENT_GROUP_DESCRIPTIONS).sort()).toEqual([...ADJUSTMENT_GROUPS].sort());
    expect(Object.keys(CLAIM_STATUS_CODE_DESCRIPTIONS).sort()).toEqual([...REMIT_CLAIM_STATUS_CODES].sort());
  });

  it('keeps the tables frozen', () => {
    for (const [name, table] of Object.entries(TABLES)) expect(Object.isFrozen(table), name).toBe(true);
  });
});

describe('describeAdjustment', () => {
  it('reads group, reason and the words', () => {
    expect(describeAdjustment('CO', '45')).toBe('CO-45: Charges exceed the fee schedule or maximum allowable (contractual obligation).');
    expect(describeAdjustment('PR', '1')).toBe("PR-1: The amount applied to the patient's deductible (patient responsibility).");
    expect(describeAdjustment('OA', '23')).toBe(
      'OA-23: Reflects what earlier payers already paid or adjusted under coordination of benefits (other adjustment).',
    );
    expect(describeAdjustment('PI', 'B7')).toBe(
      'PI-B7: The provider was not certified or eligible to be paid for this service on this date (payer-initiated reduction).',
    );
  });

  it('shows an unknown reason as its bare code, and an unknown group without a label', () => {
    expect(describeAdjustment('CO', '999')).toBe('CO-999');
    expect(describeAdjustment('CO', 'constructor')).toBe('CO-CONSTRUCTOR');
    expect(describeAdjustment('CO', '__proto__')).toBe('CO-__PROTO__');
    expect(describeAdjustment('XX', '50')).toBe('XX-50: The payer does not deem this service medically necessary.');
  });

  it('tolerates lower case and stray spaces', () => {
    expect(describeAdjustment(' co ', ' 45 ')).toBe(describeAdjustment('CO', '45'));
    expect(describeAdjustment('pr', 'b13')).toBe(
      'PR-B13: Previously paid: payment for this may have been made already (patient responsibility).',
    );
  });

  it('never throws, and names the code it was given', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (group, reason) => {
        const text = describeAdjustment(group, reason);
        const code = `${group.trim().toUpperCase()}-${reason.trim().toUpperCase()}`;
        expect(text === code || text.startsWith(`${code}: `)).toBe(true);
      }),
    );
  });

  it('describes every CARC under every group as one sentence', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ADJUSTMENT_GROUPS), fc.constantFrom(...Object.keys(CARC_DESCRIPTIONS)), (group, reason) => {
        const text = describeAdjustment(group, reason);
        expect(text.startsWith(`${group}-${reason}: `)).toBe(true);
        expect(text.endsWith(`(${ADJUSTMENT_GROUP_LABELS[group]}).`)).toBe(true);
        expect(text).not.toContain('.(');
        expect(text).not.toContain(') (');
      }),
    );
  });
});

describe('describeRemark', () => {
  it('reads the code and its words', () => {
    expect(describeRemark('N130')).toBe("N130: See the plan's benefit documents or guidelines for restrictions on this service.");
    expect(describeRemark('ma130')).toBe(
      'MA130: Unprocessable claim with incomplete or invalid information; no appeal rights, submit a new corrected claim.',
    );
  });

  it('shows an unknown remark as its bare code', () => {
    expect(describeRemark('N9999')).toBe('N9999');
    expect(describeRemark('toString')).toBe('TOSTRING');
    expect(describeRemark('')).toBe('');
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string(), (code) => {
        const text = describeRemark(code);
        const bare = code.trim().toUpperCase();
        expect(text === bare || text.startsWith(`${bare}: `)).toBe(true);
      }),
    );
  });
});

describe('describeClaimStatus277', () => {
  it('joins the category and the status detail', () => {
    expect(describeClaimStatus277('A7', '562')).toBe(
      "A7:562: Rejected for invalid information; correct the claim and resubmit. Concerns the entity's National Provider Identifier (NPI).",
    );
    expect(describeClaimStatus277('A2', '20')).toBe("A2:20: Accepted into the payer's adjudication system. Accepted for processing.");
  });

  it('describes what it knows and shows the rest bare', () => {
    expect(describeClaimStatus277('ZZ', '99999')).toBe('ZZ:99999');
    expect(describeClaimStatus277('A3', '99999')).toBe('A3:99999: Returned as unprocessable: rejected and not entered into adjudication.');
    expect(describeClaimStatus277('ZZ', '116')).toBe('ZZ:116: Submitted to the wrong payer.');
    expect(describeClaimStatus277('F2', '')).toBe('F2: Finalized: the claim or line has been denied.');
  });

  it('never throws, and names the codes it was given', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (category, code) => {
        const text = describeClaimStatus277(category, code);
        const cat = category.trim().toUpperCase();
        const status = code.trim().toUpperCase();
        const label = status === '' ? cat : `${cat}:${status}`;
        expect(text === label || text.startsWith(`${label}: `)).toBe(true);
      }),
    );
  });
});
