import { describe, expect, it } from 'vitest';
import {
  assemblyInput,
  claimOrder,
  claimPayer,
  drugLine,
  january,
  januaryDays,
  lineKeys,
  perDiemLine,
  plannedPatient,
  secondDrugLine,
  secondPerDiemLine,
} from '../../testing/claimFixtures';
import { assembleClaims } from './assembleClaims';

// assembleClaims deciding when a claim is ready: dates of service against today (DS-1, DS-2) and charges (FS-1, MT-2).

describe('assembleClaims: DS-1 and DS-2, dates of service and readiness by date', () => {
  const month = januaryDays(19, 22).flatMap((d) => [perDiemLine(d), drugLine(d)]);
  const openOrder = plannedPatient({ orders: [claimOrder({ stop: null })] });

  it('DS-1 leaves out every line after today; DS-2 a running month is ready the day after it ends', () => {
    const drafts = assembleClaims(assemblyInput([...month, perDiemLine('2026-02-02')], { patients: [openOrder], today: january(20) }));
    expect(drafts).toHaveLength(1);
    expect(lineKeys(drafts[0]!)).toEqual(['per-diem:o1:2026-01-19', 'drug:o1:2026-01-19', 'per-diem:o1:2026-01-20', 'drug:o1:2026-01-20']);
    expect([drafts[0]!.to, drafts[0]!.readyOn]).toEqual([january(20), '2026-02-01']);
    expect(drafts[0]!.problems).toEqual([
      { rule: 'DS-2', message: 'The month is still running: this claim is ready on 2026-02-01, the day after the month ends.' },
    ]);
  });

  it('DS-2 a month whose orders have all stopped is ready the day after the last stop, then ready at once', () => {
    const stopped = plannedPatient({ orders: [claimOrder({ stop: january(22) }), claimOrder({ id: 'o2', stop: january(21) })] });
    const lines = [...month, secondPerDiemLine(january(21)), secondDrugLine(january(21))];
    const [waiting] = assembleClaims(assemblyInput(lines, { patients: [stopped], today: january(22) }));
    expect(waiting!.readyOn).toBe(january(23));
    expect(waiting!.problems).toEqual([
      {
        rule: 'DS-2',
        message: 'The month is still running: this claim is ready on 2026-01-23, the day after its orders stop (2026-01-22).',
      },
    ]);
    const [ready] = assembleClaims(assemblyInput(lines, { patients: [stopped], today: january(23) }));
    expect(ready!.readyOn).toBeUndefined();
    expect(ready!.problems).toEqual([]);
    expect(ready!.lines).toHaveLength(10);
  });

  it('DS-2 an order still running keeps the claim waiting for the month end even when another has stopped', () => {
    const mixed = plannedPatient({ orders: [claimOrder({ stop: january(20) }), claimOrder({ id: 'o2', stop: null })] });
    const lines = [...januaryDays(19, 20).flatMap((d) => [perDiemLine(d), drugLine(d)]), secondPerDiemLine(january(21))];
    const [draft] = assembleClaims(assemblyInput(lines, { patients: [mixed], today: january(25) }));
    expect(draft!.readyOn).toBe('2026-02-01');
  });

  it('DS-2 a payer that takes interim claims is billed through yesterday, with nothing to wait for', () => {
    const interim = [claimPayer({ interimBilling: true })];
    const [draft] = assembleClaims(assemblyInput(month, { patients: [openOrder], payers: interim, today: january(21) }));
    expect(lineKeys(draft!)).toEqual(['per-diem:o1:2026-01-19', 'drug:o1:2026-01-19', 'per-diem:o1:2026-01-20', 'drug:o1:2026-01-20']);
    expect(draft!.readyOn).toBeUndefined();
    expect(draft!.problems).toEqual([]);
    // Only today's lines: nothing to bill yet.
    expect(assembleClaims(assemblyInput(month, { patients: [openOrder], payers: interim, today: january(19) }))).toEqual([]);
  });
});

describe('assembleClaims: charges and readiness', () => {
  it('MT-2 a zero-charge SH per diem (a 0 % profile) does not make the claim not ready; any other zero charge does', () => {
    const zeroSh = secondPerDiemLine(january(5), { chargeCents: 0 });
    const [ready] = assembleClaims(
      assemblyInput([perDiemLine(january(5)), drugLine(january(5)), zeroSh, secondDrugLine(january(5))], {
        payers: [claimPayer({ secondTherapyPercent: 0 })],
      }),
    );
    expect(ready!.lines.map((l) => [l.code, l.modifiers, l.chargeCents])).toEqual([
      ['S9502', [], 15000],
      ['J2185', [], 4500],
      ['S9501', ['SH'], 0],
      ['J3370', [], 2500],
    ]);
    expect(ready!.totalCents).toBe(22000);
    expect(ready!.problems).toEqual([]);

    const noFee = [
      perDiemLine(january(5)),
      drugLine(january(5), { chargeCents: 0 }),
      secondPerDiemLine(january(5), { chargeCents: 0, rules: ['PD-1', 'PU-1'] }),
    ];
    const [notReady] = assembleClaims(assemblyInput(noFee));
    expect(notReady!.problems).toEqual([
      { rule: 'FS-1', line: 1, message: 'J2185 has no charge: set its fee for Blue Cross.' },
      { rule: 'FS-1', line: 2, message: 'S9501 has no charge: set its fee for Blue Cross.' },
    ]);
  });
});
