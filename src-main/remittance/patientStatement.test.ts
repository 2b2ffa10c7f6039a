import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { remit835 } from '../x12/testing/remitFixtures';
import type { ExportedFileView, LedgerView } from '../vocabulary';
import { answerClaim, paidLessShares, payment } from './testing/payerAnswers';
import { exportNovember, type BillingRuntime } from './testing/exportedNovember';
import { statementLines } from './patientStatement';

// CB-2: after the last payer, the patient's share (group PR) is the patient's balance, printed as a statement.

describe('patient statement (CB-2)', () => {
  let runtime: BillingRuntime;
  const call = async <T>(channel: string, input: unknown) => {
    const result = await runtime.table.dispatch(channel, input);
    return result as { ok: true; value: T } | { ok: false; error: { kind: string; message: string } };
  };

  beforeEach(async () => {
    ({ runtime } = await exportNovember());
  });
  afterEach(() => runtime.cleanup());

  it('lists what the only payer left to the patient, and prints it as a PDF', async () => {
    const nothing = await call('patients.statement', { patientId: 'p1' });
    expect(nothing).toMatchObject({ ok: false, error: { kind: 'refused' } });
    const ledger = await call<LedgerView>('ledger.claims', {});
    if (!ledger.ok) throw new Error(ledger.error.message);
    const claim = ledger.value.claims[0]!;
    const answer = answerClaim(claim, (line, billed) =>
      line === 1 ? paidLessShares(billed, { reason: '1', cents: 2500 }, 500) : { paidCents: billed },
    );
    await call('remittances.post', { text: remit835([payment('EFT9001', [answer])]) });
    const first = claim.lines[0]!;
    expect(statementLines(runtime.opened, 'p1')).toEqual([
      {
        from: first.date,
        to: first.to,
        code: first.code,
        modifiers: first.modifiers,
        billedCents: first.billedCents,
        insurancePaidCents: first.billedCents - 3000,
        adjustedCents: 500,
        patientCents: 2500,
        payerName: 'Example Health Plan',
      },
    ]);
    const statement = await call<ExportedFileView>('patients.statement', { patientId: 'p1' });
    if (!statement.ok) throw new Error(statement.error.message);
    expect(statement.value).toMatchObject({ fileName: 'patient-statement-2026-12-02.pdf', format: 'statement', encoding: 'base64' });
    const pdf = await PDFDocument.load(Buffer.from(statement.value.content, 'base64'));
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getTitle()).toBe('Statement for p1, 2026-12-02');
  });
});
