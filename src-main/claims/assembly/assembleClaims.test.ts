import { describe, expect, it } from 'vitest';
import type { ResolvedProfile } from '../../billing/payerProfile';
import { claimPatient, COMMERCIAL_PROFILE } from '../../testing/claimFixtures';
import { assembleClaims, MAX_LINES_PER_CLAIM, placeOfService } from './assembleClaims';
import type { AssemblyInput, ClaimDraftView, ClaimOrder, ClaimPatient, ClaimPayer, ClaimPlan, StoredBillingLine } from './claimDraft';

// assembleClaims on an AssemblyInput built by hand (no database, no engine): stored lines into claim drafts.

const DOCUMENTS = ['medication-order', 'plan-of-care', 'preparation-notes', 'administration-record', 'delivery-record'];

const PROFILE = COMMERCIAL_PROFILE;

const PATEL = { firstName: 'Anita', lastName: 'Patel', npi: '1543278968' };
const OKAFOR = { firstName: 'Chidi', lastName: 'Okafor', npi: '1234567893' };

const plan = (overrides: Partial<ClaimPlan> = {}): ClaimPlan => ({
  id: 'plan1',
  from: '2026-01-01',
  to: '2026-03-31',
  diagnoses: ['M86171', 'Z792'],
  signedOn: '2025-12-30',
  prescriber: PATEL,
  ...overrides,
});

const order = (overrides: Partial<ClaimOrder> = {}): ClaimOrder => ({
  id: 'o1',
  planId: 'plan1',
  stop: '2026-01-31',
  documentKinds: DOCUMENTS,
  ...overrides,
});

const patient = (overrides: Partial<ClaimPatient> = {}): ClaimPatient =>
  claimPatient({ plans: [plan()], orders: [order(), order({ id: 'o2' })], ...overrides });

const payer = (profile: Partial<ResolvedProfile> = {}): ClaimPayer => ({
  id: 'bcbs',
  name: 'Blue Cross',
  payerId: 'BCBS01',
  kind: 'commercial',
  profile: { ...PROFILE, ...profile },
});

type Line = Omit<StoredBillingLine, 'id'>;

/** Meropenem's per diem (S9502) for order o1 unless overridden. */
const perDiem = (date: string, overrides: Partial<Line> = {}): Line => ({
  patient: 'pt1',
  order: 'o1',
  date,
  kind: 'per-diem',
  code: 'S9502',
  modifiers: [],
  units: 1,
  chargeCents: 15000,
  payer: 'bcbs',
  rules: ['PD-1', 'PU-1'],
  ...overrides,
});

/** Meropenem 1 g q8h: J2185 x30, 3 vials. */
const drug = (date: string, overrides: Partial<Line> = {}): Line => ({
  patient: 'pt1',
  order: 'o1',
  date,
  kind: 'drug',
  code: 'J2185',
  modifiers: [],
  units: 30,
  chargeCents: 4500,
  ndc: '63323050720',
  ndcQuantity: 3,
  ndcUnit: 'UN',
  payer: 'bcbs',
  rules: ['DR-1', 'DR-2', 'MT-3'],
  ...overrides,
});

const nursing = (date: string): Line => ({
  patient: 'pt1',
  date,
  kind: 'nursing',
  code: '99601',
  modifiers: [],
  units: 1,
  chargeCents: 18000,
  payer: 'bcbs',
  rules: ['NU-1'],
});

/** The second therapy of the day (o2, vancomycin q12h): S9501 with SH at 50 %, and J3370 x4. */
const secondPerDiem = (date: string, overrides: Partial<Line> = {}) =>
  perDiem(date, {
    order: 'o2',
    code: 'S9501',
    modifiers: ['SH'],
    chargeCents: 6000,
    rules: ['PD-1', 'PU-1', 'MT-1', 'MT-2'],
    ...overrides,
  });
const secondDrug = (date: string) =>
  drug(date, { order: 'o2', code: 'J3370', units: 4, chargeCents: 2500, ndc: '00409653201', ndcQuantity: 2 });

const jan = (day: number) => `2026-01-${String(day).padStart(2, '0')}`;
const days = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => jan(first + i));

function input(lines: Line[], overrides: Partial<AssemblyInput> = {}): AssemblyInput {
  return {
    pharmacy: {
      name: 'Prairie Home Infusion',
      npi: '1765432186',
      taxId: '371234567',
      taxonomy: '3336H0001X',
      address: { line1: '100 Main St', city: 'Springfield', state: 'IL', zip: '627010001' },
    },
    patients: [patient()],
    payers: [payer()],
    // Ids in line order, as the store numbers the engine's lines.
    lines: lines.map((l, i) => ({ ...l, id: i + 1 })),
    findings: [],
    today: '2026-02-10',
    ...overrides,
  };
}

const shape = (d: ClaimDraftView) => ({
  draftId: d.draftId,
  part: d.part,
  from: d.from,
  to: d.to,
  lines: d.lines.length,
  total: d.totalCents,
});
const kinds = (d: ClaimDraftView) => d.lines.map((l) => `${l.kind}:${l.order ?? '-'}:${l.from}`);

describe('assembleClaims: one claim per patient, payer and month', () => {
  it('builds the whole draft: names, coverage, diagnoses, referring provider, one line per day, and no problems', () => {
    const drafts = assembleClaims(input([perDiem(jan(5)), drug(jan(5)), nursing(jan(5)), perDiem(jan(6)), drug(jan(6))]));
    const line = { modifiers: [], pointers: [1, 2] };
    const merop = { ndc: '63323050720', ndcQuantity: 3, ndcUnit: 'UN', rules: ['DR-1', 'DR-2', 'MT-3'] };
    // Every expected line is one day's (from and to that day), backed by one stored line.
    const dayLine = (day: number, id: number, fields: object) => ({
      ...line,
      ...fields,
      from: jan(day),
      to: jan(day),
      billingLineIds: [id],
    });
    const perDiemOn = (day: number, id: number) =>
      dayLine(day, id, { kind: 'per-diem', order: 'o1', code: 'S9502', units: 1, chargeCents: 15000, rules: ['PD-1', 'PU-1'] });
    const meropOn = (day: number, id: number) =>
      dayLine(day, id, { ...merop, kind: 'drug', order: 'o1', code: 'J2185', units: 30, chargeCents: 4500 });
    expect(drafts).toEqual([
      {
        draftId: 'pt1|bcbs|2026-01|1',
        patientId: 'pt1',
        patientName: 'Diaz, Ana',
        payerId: 'bcbs',
        payerName: 'Blue Cross',
        coverageRank: 'primary',
        memberId: 'M0001',
        groupNumber: 'G100',
        from: '2026-01-05',
        to: '2026-01-06',
        part: 1,
        placeOfService: '12',
        priorAuth: null,
        diagnoses: ['M86171', 'Z792'],
        referringProvider: PATEL,
        lines: [
          perDiemOn(5, 1),
          meropOn(5, 2),
          dayLine(5, 3, { kind: 'nursing', code: '99601', units: 1, chargeCents: 18000, rules: ['NU-1'] }),
          perDiemOn(6, 4),
          meropOn(6, 5),
        ],
        totalCents: 57000,
        problems: [],
        findings: [],
      },
    ]);
    expect(drafts[0]!.readyOn).toBeUndefined();
  });

  it('splits by month, payer and patient, sorted by patient, payer and month; a line of an unknown payer is left out', () => {
    const pt2 = patient({ id: 'pt2', firstName: 'Ben', lastName: 'Ng' });
    const drafts = assembleClaims(
      input([perDiem('2026-02-02'), perDiem(jan(30), { patient: 'pt2' }), perDiem(jan(30)), perDiem(jan(31), { payer: 'gone' })], {
        patients: [patient(), pt2],
        today: '2026-03-01',
      }),
    );
    expect(drafts.map((d) => [d.draftId, d.patientName, d.from, d.to, d.totalCents])).toEqual([
      ['pt1|bcbs|2026-01|1', 'Diaz, Ana', jan(30), jan(30), 15000],
      ['pt1|bcbs|2026-02|1', 'Diaz, Ana', '2026-02-02', '2026-02-02', 15000],
      ['pt2|bcbs|2026-01|1', 'Ng, Ben', jan(30), jan(30), 15000],
    ]);
  });

  it('keeps a claim to its own patient’s findings on its dates and orders; errors among them are problems', () => {
    const drafts = assembleClaims(
      input([perDiem(jan(5)), drug(jan(5))], {
        findings: [
          {
            patient: 'pt1',
            order: 'o1',
            date: jan(5),
            rule: 'PF-6',
            severity: 'error',
            message: 'Per diem units exceed authorization PA1 (2 units).',
          },
          { patient: 'pt1', order: 'o1', date: jan(5), rule: 'PU-4', severity: 'warning', message: 'A visit on another day.' },
          { patient: 'pt1', date: jan(9), rule: 'CV-1', severity: 'error', message: 'Outside the claim’s dates.' },
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
    const day = (d: string) => [perDiem(d), drug(d)];
    expect(assembleClaims(input(days(1, 25).flatMap(day))).map(shape)).toEqual([
      { draftId: 'pt1|bcbs|2026-01|1', part: 1, from: jan(1), to: jan(25), lines: 50, total: 25 * 19500 },
    ]);
    expect(assembleClaims(input(days(1, 26).flatMap(day))).map(shape)).toEqual([
      { draftId: 'pt1|bcbs|2026-01|1', part: 1, from: jan(1), to: jan(25), lines: 50, total: 25 * 19500 },
      { draftId: 'pt1|bcbs|2026-01|2', part: 2, from: jan(26), to: jan(26), lines: 2, total: 19500 },
    ]);
  });

  it('never splits a per diem from its drug: a block that would make line 51 moves whole to the next part', () => {
    // Day 1 has 5 lines (two therapies and a visit), every other day 4: after day 12 the claim holds 49 lines,
    // and day 13's first block (per diem + drug) would be lines 50 and 51.
    const lines = days(1, 13).flatMap((d) => [perDiem(d), drug(d), secondPerDiem(d), secondDrug(d), ...(d === jan(1) ? [nursing(d)] : [])]);
    const drafts = assembleClaims(input(lines));
    expect(drafts.map(shape)).toEqual([
      { draftId: 'pt1|bcbs|2026-01|1', part: 1, from: jan(1), to: jan(12), lines: 49, total: 12 * 28000 + 18000 },
      { draftId: 'pt1|bcbs|2026-01|2', part: 2, from: jan(13), to: jan(13), lines: 4, total: 28000 },
    ]);
    expect(kinds(drafts[0]!).slice(-2)).toEqual(['per-diem:o2:2026-01-12', 'drug:o2:2026-01-12']);
    expect(kinds(drafts[1]!)).toEqual(['per-diem:o1:2026-01-13', 'drug:o1:2026-01-13', 'per-diem:o2:2026-01-13', 'drug:o2:2026-01-13']);
    expect(drafts[1]!.lines.map((l) => l.billingLineIds)).toEqual([[50], [51], [52], [53]]);
    expect(drafts.map((d) => d.problems)).toEqual([[], []]);
  });

  it('keeps an anchored component drug (anchorOrder) right after its parent per diem, and documents it with the parent', () => {
    const patientWithComponent = patient({ orders: [order(), order({ id: 'kcl', documentKinds: [] })] });
    const component = (anchored: boolean) =>
      drug(jan(25), {
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
    const lines = (anchored: boolean) => [...days(1, 25).flatMap((d) => [perDiem(d), drug(d)]), component(anchored)];

    const anchored = assembleClaims(input(lines(true), { patients: [patientWithComponent] }));
    expect(anchored.map(shape)).toEqual([
      { draftId: 'pt1|bcbs|2026-01|1', part: 1, from: jan(1), to: jan(24), lines: 48, total: 24 * 19500 },
      { draftId: 'pt1|bcbs|2026-01|2', part: 2, from: jan(25), to: jan(25), lines: 3, total: 19500 + 500 },
    ]);
    expect(anchored[1]!.lines.map((l) => [l.kind, l.order, l.anchorOrder, l.code])).toEqual([
      ['per-diem', 'o1', undefined, 'S9502'],
      ['drug', 'o1', undefined, 'J2185'],
      ['drug', 'kcl', 'o1', 'J3480'],
    ]);
    expect(anchored[1]!.problems).toEqual([]);

    // Without the anchor the component is a lone drug: its own block, and its own missing documents.
    const loose = assembleClaims(input(lines(false), { patients: [patientWithComponent] }));
    expect(loose.map(shape)).toEqual([
      { draftId: 'pt1|bcbs|2026-01|1', part: 1, from: jan(1), to: jan(25), lines: 50, total: 25 * 19500 },
      { draftId: 'pt1|bcbs|2026-01|2', part: 2, from: jan(25), to: jan(25), lines: 1, total: 500 },
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
  const nineDays = days(5, 13).flatMap((d) => [perDiem(d), drug(d)]);
  /** n ids two apart from `first`: the per diem's or the drug's lines among alternating ones. */
  const everyOther = (first: number, n: number) => Array.from({ length: n }, (_, i) => first + 2 * i);

  it('day (the default): one line per date of service', () => {
    const [draft] = assembleClaims(input(nineDays));
    expect(draft!.lines).toHaveLength(18);
    expect(draft!.lines.every((l) => l.from === l.to && !l.rules.includes('PF-4'))).toBe(true);
  });

  it('week: spans of at most 7 identical consecutive days, units, charge and NDC quantity times the days', () => {
    const [draft] = assembleClaims(input(nineDays, { payers: [payer({ lineSpan: 'week' })] }));
    expect(draft!.lines.map((l) => [l.kind, l.from, l.to, l.units, l.chargeCents, l.ndcQuantity, l.billingLineIds])).toEqual([
      ['per-diem', jan(5), jan(11), 7, 105000, undefined, everyOther(1, 7)],
      ['drug', jan(5), jan(11), 210, 31500, 21, everyOther(2, 7)],
      ['per-diem', jan(12), jan(13), 2, 30000, undefined, [15, 17]],
      ['drug', jan(12), jan(13), 60, 9000, 6, [16, 18]],
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
    const [whole] = assembleClaims(input(nineDays, { payers: [payer({ lineSpan: 'month' })] }));
    expect(whole!.lines.map((l) => [l.kind, l.from, l.to, l.units, l.chargeCents, l.ndcQuantity])).toEqual([
      ['per-diem', jan(5), jan(13), 9, 135000, undefined],
      ['drug', jan(5), jan(13), 270, 40500, 27],
    ]);
    const broken = [
      ...days(5, 7).flatMap((d) => [perDiem(d), drug(d)]),
      // 2026-01-08 missing (a hold)
      ...days(9, 10).flatMap((d) => [perDiem(d), drug(d)]),
      perDiem(jan(11)),
      drug(jan(11), { units: 20, chargeCents: 3000, ndcQuantity: 2 }),
    ];
    const [draft] = assembleClaims(input(broken, { payers: [payer({ lineSpan: 'month' })] }));
    expect(draft!.lines.map((l) => [l.kind, l.from, l.to, l.units, l.chargeCents])).toEqual([
      ['per-diem', jan(5), jan(7), 3, 45000],
      ['drug', jan(5), jan(7), 90, 13500],
      ['per-diem', jan(9), jan(11), 3, 45000],
      ['drug', jan(9), jan(10), 60, 9000],
      ['drug', jan(11), jan(11), 20, 3000],
    ]);
  });
});

describe('assembleClaims: diagnoses, prior authorization and place of service', () => {
  const plan2 = plan({ id: 'plan2', diagnoses: ['Z792', 'A419', 'E43', 'Z95828', 'T827XXA'], prescriber: OKAFOR });
  const twoPlans = patient({ plans: [plan(), plan2], orders: [order(), order({ id: 'o2', planId: 'plan2' })] });

  it('HI lists the plans’ codes principal first; each line points at up to 4 codes of its own plan', () => {
    const day = [perDiem(jan(5)), drug(jan(5)), secondPerDiem(jan(5)), secondDrug(jan(5)), nursing(jan(5))];
    const [draft] = assembleClaims(input(day, { patients: [twoPlans] }));
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
    const [draft] = assembleClaims(input([secondPerDiem(jan(5), { modifiers: [] }), perDiem(jan(6))], { patients: [twoPlans] }));
    expect(draft!.diagnoses).toEqual(['Z792', 'A419', 'E43', 'Z95828', 'T827XXA', 'M86171']);
    expect(draft!.lines.map((l) => l.pointers)).toEqual([
      [1, 2, 3, 4],
      [6, 1],
    ]);
    expect(draft!.referringProvider).toEqual(OKAFOR);
  });

  it('REF*G1 on the claim when every authorized line shares one number', () => {
    const auth = { number: 'PA1', from: '2026-01-01', to: '2026-01-31' };
    const both = patient({ orders: [order({ priorAuth: auth }), order({ id: 'o2', priorAuth: auth })] });
    const [draft] = assembleClaims(input([perDiem(jan(5)), drug(jan(5)), secondPerDiem(jan(5)), secondDrug(jan(5))], { patients: [both] }));
    expect(draft!.priorAuth).toBe('PA1');
    expect(draft!.lines.map((l) => l.priorAuth)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('REF*G1 on each line when the orders carry different numbers; a line without one carries none', () => {
    const orders = [
      order({ priorAuth: { number: 'PA1', from: '2026-01-01', to: '2026-01-31' } }),
      order({ id: 'o2', priorAuth: { number: 'PA2', from: '2026-01-01', to: '2026-01-31', units: 10 } }),
    ];
    const [draft] = assembleClaims(
      input([perDiem(jan(5)), drug(jan(5)), secondPerDiem(jan(5)), secondDrug(jan(5)), nursing(jan(5))], {
        patients: [patient({ orders })],
      }),
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
    const [draft] = assembleClaims(input([perDiem(jan(5))], { patients: [patient({ residence })] }));
    expect(draft!.placeOfService).toBe(code);
  });
});

describe('assembleClaims: DS-1 and DS-2, dates of service and readiness by date', () => {
  const month = days(19, 22).flatMap((d) => [perDiem(d), drug(d)]);
  const openOrder = patient({ orders: [order({ stop: null })] });

  it('DS-1 leaves out every line after today; DS-2 a running month is ready the day after it ends', () => {
    const drafts = assembleClaims(input([...month, perDiem('2026-02-02')], { patients: [openOrder], today: jan(20) }));
    expect(drafts).toHaveLength(1);
    expect(kinds(drafts[0]!)).toEqual(['per-diem:o1:2026-01-19', 'drug:o1:2026-01-19', 'per-diem:o1:2026-01-20', 'drug:o1:2026-01-20']);
    expect([drafts[0]!.to, drafts[0]!.readyOn]).toEqual([jan(20), '2026-02-01']);
    expect(drafts[0]!.problems).toEqual([
      { rule: 'DS-2', message: 'The month is still running: this claim is ready on 2026-02-01, the day after the month ends.' },
    ]);
  });

  it('DS-2 a month whose orders have all stopped is ready the day after the last stop, then ready at once', () => {
    const stopped = patient({ orders: [order({ stop: jan(22) }), order({ id: 'o2', stop: jan(21) })] });
    const lines = [...month, secondPerDiem(jan(21)), secondDrug(jan(21))];
    const [waiting] = assembleClaims(input(lines, { patients: [stopped], today: jan(22) }));
    expect(waiting!.readyOn).toBe(jan(23));
    expect(waiting!.problems).toEqual([
      {
        rule: 'DS-2',
        message: 'The month is still running: this claim is ready on 2026-01-23, the day after its orders stop (2026-01-22).',
      },
    ]);
    const [ready] = assembleClaims(input(lines, { patients: [stopped], today: jan(23) }));
    expect(ready!.readyOn).toBeUndefined();
    expect(ready!.problems).toEqual([]);
    expect(ready!.lines).toHaveLength(10);
  });

  it('DS-2 an order still running keeps the claim waiting for the month end even when another has stopped', () => {
    const mixed = patient({ orders: [order({ stop: jan(20) }), order({ id: 'o2', stop: null })] });
    const lines = [...days(19, 20).flatMap((d) => [perDiem(d), drug(d)]), secondPerDiem(jan(21))];
    const [draft] = assembleClaims(input(lines, { patients: [mixed], today: jan(25) }));
    expect(draft!.readyOn).toBe('2026-02-01');
  });

  it('DS-2 a payer that takes interim claims is billed through yesterday, with nothing to wait for', () => {
    const interim = [payer({ interimBilling: true })];
    const [draft] = assembleClaims(input(month, { patients: [openOrder], payers: interim, today: jan(21) }));
    expect(kinds(draft!)).toEqual(['per-diem:o1:2026-01-19', 'drug:o1:2026-01-19', 'per-diem:o1:2026-01-20', 'drug:o1:2026-01-20']);
    expect(draft!.readyOn).toBeUndefined();
    expect(draft!.problems).toEqual([]);
    // Only today's lines: nothing to bill yet.
    expect(assembleClaims(input(month, { patients: [openOrder], payers: interim, today: jan(19) }))).toEqual([]);
  });
});

describe('assembleClaims: charges and readiness', () => {
  it('MT-2 a zero-charge SH per diem (a 0 % profile) does not make the claim not ready; any other zero charge does', () => {
    const zeroSh = secondPerDiem(jan(5), { chargeCents: 0 });
    const [ready] = assembleClaims(
      input([perDiem(jan(5)), drug(jan(5)), zeroSh, secondDrug(jan(5))], { payers: [payer({ secondTherapyPercent: 0 })] }),
    );
    expect(ready!.lines.map((l) => [l.code, l.modifiers, l.chargeCents])).toEqual([
      ['S9502', [], 15000],
      ['J2185', [], 4500],
      ['S9501', ['SH'], 0],
      ['J3370', [], 2500],
    ]);
    expect(ready!.totalCents).toBe(22000);
    expect(ready!.problems).toEqual([]);

    const noFee = [perDiem(jan(5)), drug(jan(5), { chargeCents: 0 }), secondPerDiem(jan(5), { chargeCents: 0, rules: ['PD-1', 'PU-1'] })];
    const [notReady] = assembleClaims(input(noFee));
    expect(notReady!.problems).toEqual([
      { rule: 'FS-1', line: 1, message: 'J2185 has no charge: set its fee for Blue Cross.' },
      { rule: 'FS-1', line: 2, message: 'S9501 has no charge: set its fee for Blue Cross.' },
    ]);
  });
});
