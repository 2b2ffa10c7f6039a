import { describe, expect, it } from 'vitest';
import {
  assemblyInput,
  claimDraftView,
  claimOrder,
  claimPayer,
  claimPlan,
  drugLine,
  january,
  januaryDays,
  lineKeys,
  nursingLine,
  PATEL,
  perDiemLine,
  plannedPatient,
  secondDrugLine,
  secondPerDiemLine,
} from '../../testing/claimFixtures';
import { assembleClaims, MAX_LINES_PER_CLAIM, placeOfService } from './assembleClaims';
import type { ClaimDraftView, DraftLine } from './claimDraft';

// assembleClaims on an AssemblyInput built by hand (no database, no engine): stored lines into claim drafts.
// Readiness by date and charge (DS-1, DS-2, FS-1) is in assembleClaimsReadiness.test.ts.

const OKAFOR = { firstName: 'Chidi', lastName: 'Okafor', npi: '1234567893' };

const shape = (d: ClaimDraftView) => ({
  draftId: d.draftId,
  part: d.part,
  from: d.from,
  to: d.to,
  lines: d.lines.length,
  total: d.totalCents,
});

describe('assembleClaims: one claim per patient, payer and month', () => {
  it('builds the whole draft: names, coverage, diagnoses, referring provider, one line per day, and no problems', () => {
    const drafts = assembleClaims(
      assemblyInput([
        perDiemLine(january(5)),
        drugLine(january(5)),
        nursingLine(january(5)),
        perDiemLine(january(6)),
        drugLine(january(6)),
      ]),
    );
    const line = { modifiers: [], pointers: [1, 2] };
    const merop = { ndc: '63323050720', ndcQuantity: 3, ndcUnit: 'UN', rules: ['DR-1', 'DR-2', 'MT-3'] };
    // Every expected line is one day's (from and to that day), backed by one stored line.
    const dayLine = (
      day: number,
      id: number,
      fields: Omit<DraftLine, 'from' | 'to' | 'billingLineIds' | 'modifiers' | 'pointers'>,
    ): DraftLine => ({
      ...line,
      ...fields,
      from: january(day),
      to: january(day),
      billingLineIds: [id],
    });
    const perDiemOn = (day: number, id: number) =>
      dayLine(day, id, { kind: 'per-diem', order: 'o1', code: 'S9502', units: 1, chargeCents: 15000, rules: ['PD-1', 'PU-1'] });
    const meropOn = (day: number, id: number) =>
      dayLine(day, id, { ...merop, kind: 'drug', order: 'o1', code: 'J2185', units: 30, chargeCents: 4500 });
    expect(drafts).toEqual([
      claimDraftView({
        lines: [
          perDiemOn(5, 1),
          meropOn(5, 2),
          dayLine(5, 3, { kind: 'nursing', code: '99601', units: 1, chargeCents: 18000, rules: ['NU-1'] }),
          perDiemOn(6, 4),
          meropOn(6, 5),
        ],
        totalCents: 57000,
      }),
    ]);
    expect(drafts[0]!.readyOn).toBeUndefined();
  });

  it('splits by month, payer and patient, sorted by patient, payer and month; a line of an unknown payer is left out', () => {
    const pt2 = plannedPatient({ id: 'pt2', firstName: 'Ben', lastName: 'Ng' });
    const drafts = assembleClaims(
      assemblyInput(
        [
          perDiemLine('2026-02-02'),
          perDiemLine(january(30), { patient: 'pt2' }),
          perDiemLine(january(30)),
          perDiemLine(january(31), { payer: 'gone' }),
        ],
        {
          patients: [plannedPatient(), pt2],
          today: '2026-03-01',
        },
      ),
    );
    expect(drafts.map((d) => [d.draftId, d.patientName, d.from, d.to, d.totalCents])).toEqual([
      ['pt1|bcbs|2026-01|1', 'Diaz, Ana', january(30), january(30), 15000],
      ['pt1|bcbs|2026-02|1', 'Diaz, Ana', '2026-02-02', '2026-02-02', 15000],
      ['pt2|bcbs|2026-01|1', 'Ng, Ben', january(30), january(30), 15000],
    ]);
  });

  it('keeps a claim to its own patient’s findings on its dates and orders; errors among them are problems', () => {
    const drafts = assembleClaims(
      assemblyInput([perDiemLine(january(5)), drugLine(january(5))], {
        findings: [
          {
            patient: 'pt1',
            order: 'o1',
            date: january(5),
            rule: 'PF-6',
            severity: 'error',
            message: 'Per diem units exceed authorization PA1 (2 units).',
          },
          { patient: 'pt1', order: 'o1', date: january(5), rule: 'PU-4', severity: 'warning', message: 'A visit on another day.' },
          { patient: 'pt1', date: january(9), rule: 'CV-1', severity: 'error', message: 'Outside the claim’s dates.' },
          { patient: 'pt1', order: 'o2', rule: 'PY-3', severity: 'error', message: 'Another order.' },
          { patient: 'pt2', rule: 'PY-2', severity: 'error', message: 'Another patient.' },
        ],
      }),
    );
    expect(drafts[0]!.findings.map((f) => f.rule)).toEqual(['PF-6', 'PU-4']);
    expect(drafts[0]!.problems).toEqual([{ rule: 'PF-6', message: 'Per diem units exceed authorization PA1 (2 units).' }]);
  });
});

describe('assembleClaims: MT-3 blocks and the 50-line split', () => {
  it('holds at most 50 lines: 25 two-line days are one claim, a 26th day starts part 2', () => {
    expect(MAX_LINES_PER_CLAIM).toBe(50);
    const day = (d: string) => [perDiemLine(d), drugLine(d)];
    expect(assembleClaims(assemblyInput(januaryDays(1, 25).flatMap(day))).map(shape)).toEqual([
      { draftId: 'pt1|bcbs|2026-01|1', part: 1, from: january(1), to: january(25), lines: 50, total: 25 * 19500 },
    ]);
    expect(assembleClaims(assemblyInput(januaryDays(1, 26).flatMap(day))).map(shape)).toEqual([
      { draftId: 'pt1|bcbs|2026-01|1', part: 1, from: january(1), to: january(25), lines: 50, total: 25 * 19500 },
      { draftId: 'pt1|bcbs|2026-01|2', part: 2, from: january(26), to: january(26), lines: 2, total: 19500 },
    ]);
  });

  it('never splits a per diem from its drug: a block that would make line 51 moves whole to the next part', () => {
    // Day 1 has 5 lines (two therapies and a visit), every other day 4: after day 12 the claim holds 49 lines,
    // and day 13's first block (per diem + drug) would be lines 50 and 51.
    const lines = januaryDays(1, 13).flatMap((d) => [
      perDiemLine(d),
      drugLine(d),
      secondPerDiemLine(d),
      secondDrugLine(d),
      ...(d === january(1) ? [nursingLine(d)] : []),
    ]);
    const drafts = assembleClaims(assemblyInput(lines));
    expect(drafts.map(shape)).toEqual([
      { draftId: 'pt1|bcbs|2026-01|1', part: 1, from: january(1), to: january(12), lines: 49, total: 12 * 28000 + 18000 },
      { draftId: 'pt1|bcbs|2026-01|2', part: 2, from: january(13), to: january(13), lines: 4, total: 28000 },
    ]);
    expect(lineKeys(drafts[0]!).slice(-2)).toEqual(['per-diem:o2:2026-01-12', 'drug:o2:2026-01-12']);
    expect(lineKeys(drafts[1]!)).toEqual(['per-diem:o1:2026-01-13', 'drug:o1:2026-01-13', 'per-diem:o2:2026-01-13', 'drug:o2:2026-01-13']);
    expect(drafts[1]!.lines.map((l) => l.billingLineIds)).toEqual([[50], [51], [52], [53]]);
    expect(drafts.map((d) => d.problems)).toEqual([[], []]);
  });

  it('keeps an anchored component drug (anchorOrder) right after its parent per diem, and documents it with the parent', () => {
    const patientWithComponent = plannedPatient({ orders: [claimOrder(), claimOrder({ id: 'kcl', documentKinds: [] })] });
    const component = (anchored: boolean) =>
      drugLine(january(25), {
        order: 'kcl',
        code: 'J3480',
        units: 10,
        chargeCents: 500,
        ndc: '00409665305',
        ndcQuantity: 10,
        ndcUnit: 'ML',
        rules: ['DR-1', 'DR-2', 'OR-1'],
        ...(anchored ? { anchorOrder: 'o1' } : {}),
      });
    const lines = (anchored: boolean) => [...januaryDays(1, 25).flatMap((d) => [perDiemLine(d), drugLine(d)]), component(anchored)];

    const anchored = assembleClaims(assemblyInput(lines(true), { patients: [patientWithComponent] }));
    expect(anchored.map(shape)).toEqual([
      { draftId: 'pt1|bcbs|2026-01|1', part: 1, from: january(1), to: january(24), lines: 48, total: 24 * 19500 },
      { draftId: 'pt1|bcbs|2026-01|2', part: 2, from: january(25), to: january(25), lines: 3, total: 19500 + 500 },
    ]);
    expect(anchored[1]!.lines.map((l) => [l.kind, l.order, l.anchorOrder, l.code])).toEqual([
      ['per-diem', 'o1', undefined, 'S9502'],
      ['drug', 'o1', undefined, 'J2185'],
      ['drug', 'kcl', 'o1', 'J3480'],
    ]);
    expect(anchored[1]!.problems).toEqual([]);

    // Without the anchor the component is a lone drug: its own block, and its own missing documents.
    const loose = assembleClaims(assemblyInput(lines(false), { patients: [patientWithComponent] }));
    expect(loose.map(shape)).toEqual([
      { draftId: 'pt1|bcbs|2026-01|1', part: 1, from: january(1), to: january(25), lines: 50, total: 25 * 19500 },
      { draftId: 'pt1|bcbs|2026-01|2', part: 2, from: january(25), to: january(25), lines: 1, total: 500 },
    ]);
    expect(loose[1]!.problems).toEqual([
      {
        rule: 'PY-3',
        line: 0,
        message: 'Order kcl lacks medication-order, plan-of-care, preparation-notes, administration-record, delivery-record.',
      },
    ]);
  });
});

describe('assembleClaims: PF-4 line spans', () => {
  const nineDays = januaryDays(5, 13).flatMap((d) => [perDiemLine(d), drugLine(d)]);
  /** n ids two apart from `first`: the per diem's or the drug's lines among alternating ones. */
  const everyOther = (first: number, n: number) => Array.from({ length: n }, (_, i) => first + 2 * i);

  it('day (the default): one line per date of service', () => {
    const [draft] = assembleClaims(assemblyInput(nineDays));
    expect(draft!.lines).toHaveLength(18);
    expect(draft!.lines.every((l) => l.from === l.to && !l.rules.includes('PF-4'))).toBe(true);
  });

  it('week: spans of at most 7 identical consecutive days, units, charge and NDC quantity times the days', () => {
    const [draft] = assembleClaims(assemblyInput(nineDays, { payers: [claimPayer({ lineSpan: 'week' })] }));
    expect(draft!.lines.map((l) => [l.kind, l.from, l.to, l.units, l.chargeCents, l.ndcQuantity, l.billingLineIds])).toEqual([
      ['per-diem', january(5), january(11), 7, 105000, undefined, everyOther(1, 7)],
      ['drug', january(5), january(11), 210, 31500, 21, everyOther(2, 7)],
      ['per-diem', january(12), january(13), 2, 30000, undefined, [15, 17]],
      ['drug', january(12), january(13), 60, 9000, 6, [16, 18]],
    ]);
    expect(draft!.lines.map((l) => l.rules)).toEqual([
      ['PD-1', 'PU-1', 'PF-4'],
      ['DR-1', 'DR-2', 'MT-3', 'PF-4'],
      ['PD-1', 'PU-1', 'PF-4'],
      ['DR-1', 'DR-2', 'MT-3', 'PF-4'],
    ]);
    expect(draft!.totalCents).toBe(9 * 19500);
  });

  it('month: one span for the whole run; a missing day or a different dose starts a new span', () => {
    const [whole] = assembleClaims(assemblyInput(nineDays, { payers: [claimPayer({ lineSpan: 'month' })] }));
    expect(whole!.lines.map((l) => [l.kind, l.from, l.to, l.units, l.chargeCents, l.ndcQuantity])).toEqual([
      ['per-diem', january(5), january(13), 9, 135000, undefined],
      ['drug', january(5), january(13), 270, 40500, 27],
    ]);
    const broken = [
      ...januaryDays(5, 7).flatMap((d) => [perDiemLine(d), drugLine(d)]),
      // 2026-01-08 missing (a hold)
      ...januaryDays(9, 10).flatMap((d) => [perDiemLine(d), drugLine(d)]),
      perDiemLine(january(11)),
      drugLine(january(11), { units: 20, chargeCents: 3000, ndcQuantity: 2 }),
    ];
    const [draft] = assembleClaims(assemblyInput(broken, { payers: [claimPayer({ lineSpan: 'month' })] }));
    expect(draft!.lines.map((l) => [l.kind, l.from, l.to, l.units, l.chargeCents])).toEqual([
      ['per-diem', january(5), january(7), 3, 45000],
      ['drug', january(5), january(7), 90, 13500],
      ['per-diem', january(9), january(11), 3, 45000],
      ['drug', january(9), january(10), 60, 9000],
      ['drug', january(11), january(11), 20, 3000],
    ]);
  });
});

describe('assembleClaims: diagnoses, prior authorization and place of service', () => {
  const plan2 = claimPlan({ id: 'plan2', diagnoses: ['Z792', 'A419', 'E43', 'Z95828', 'T827XXA'], prescriber: OKAFOR });
  const twoPlans = plannedPatient({ plans: [claimPlan(), plan2], orders: [claimOrder(), claimOrder({ id: 'o2', planId: 'plan2' })] });

  it('HI lists the plans’ codes principal first; each line points at up to 4 codes of its own plan', () => {
    const day = [
      perDiemLine(january(5)),
      drugLine(january(5)),
      secondPerDiemLine(january(5)),
      secondDrugLine(january(5)),
      nursingLine(january(5)),
    ];
    const [draft] = assembleClaims(assemblyInput(day, { patients: [twoPlans] }));
    expect(draft!.diagnoses).toEqual(['M86171', 'Z792', 'A419', 'E43', 'Z95828', 'T827XXA']);
    expect(draft!.lines.map((l) => l.pointers)).toEqual([
      [1, 2],
      [1, 2],
      [2, 3, 4, 5],
      [2, 3, 4, 5],
      [1, 2], // a visit has no order: the plan in force on its date
    ]);
    expect(draft!.referringProvider).toEqual(PATEL);
    expect(draft!.problems).toEqual([]);
  });

  it('takes the principal diagnosis and the referring provider from the first line’s plan', () => {
    const [draft] = assembleClaims(
      assemblyInput([secondPerDiemLine(january(5), { modifiers: [] }), perDiemLine(january(6))], { patients: [twoPlans] }),
    );
    expect(draft!.diagnoses).toEqual(['Z792', 'A419', 'E43', 'Z95828', 'T827XXA', 'M86171']);
    expect(draft!.lines.map((l) => l.pointers)).toEqual([
      [1, 2, 3, 4],
      [6, 1],
    ]);
    expect(draft!.referringProvider).toEqual(OKAFOR);
  });

  it('REF*G1 on the claim when every authorized line shares one number', () => {
    const auth = { number: 'PA1', from: '2026-01-01', to: '2026-01-31' };
    const both = plannedPatient({ orders: [claimOrder({ priorAuth: auth }), claimOrder({ id: 'o2', priorAuth: auth })] });
    const [draft] = assembleClaims(
      assemblyInput([perDiemLine(january(5)), drugLine(january(5)), secondPerDiemLine(january(5)), secondDrugLine(january(5))], {
        patients: [both],
      }),
    );
    expect(draft!.priorAuth).toBe('PA1');
    expect(draft!.lines.map((l) => l.priorAuth)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('REF*G1 on each line when the orders carry different numbers; a line without one carries none', () => {
    const orders = [
      claimOrder({ priorAuth: { number: 'PA1', from: '2026-01-01', to: '2026-01-31' } }),
      claimOrder({ id: 'o2', priorAuth: { number: 'PA2', from: '2026-01-01', to: '2026-01-31', units: 10 } }),
    ];
    const [draft] = assembleClaims(
      assemblyInput(
        [perDiemLine(january(5)), drugLine(january(5)), secondPerDiemLine(january(5)), secondDrugLine(january(5)), nursingLine(january(5))],
        {
          patients: [plannedPatient({ orders })],
        },
      ),
    );
    expect(draft!.priorAuth).toBeNull();
    expect(draft!.lines.map((l) => l.priorAuth)).toEqual(['PA1', 'PA1', 'PA2', 'PA2', undefined]);
  });

  it.each([
    ['home', '12'],
    ['relative-home', '12'],
    ['assisted-living', '12'],
    ['retirement-home', '12'],
    [null, '12'],
    ['skilled-nursing-facility', '99'],
    ['hospital', '99'],
  ] as const)('PY-2 place of service for residence %s: %s', (residence, code) => {
    expect(placeOfService(residence)).toBe(code);
    const [draft] = assembleClaims(assemblyInput([perDiemLine(january(5))], { patients: [plannedPatient({ residence })] }));
    expect(draft!.placeOfService).toBe(code);
  });
});
