import { eq } from 'drizzle-orm';
import type { Clock } from '../calendar/clock';
import type { OpenedStore } from '../store/openDatabase';
import * as t from '../store/schema';
import type { ClaimDraftView } from '../claims/assembly/claimDraft';
import { isStanding, NotFoundError, RefusedError, type ExportedFileView } from '../vocabulary';
import { lineLedgers } from './posting/claimLedger';
import { renderStatement, type StatementLine } from './posting/statementPdf';
import { isLastPayer, ledgerEntriesOf } from './sentClaims';

const zip = (z: string) => (/^\d{9}$/.test(z) ? `${z.slice(0, 5)}-${z.slice(5)}` : z);

// CB-2: after the last payer, what remains is the patient's: the statement lists each line a last payer left to
// the patient (group PR), with what every insurer paid on it.

export function statementLines(opened: OpenedStore, patientId: string): StatementLine[] {
  const db = opened.store;
  const coverages = db.select().from(t.coverages).where(eq(t.coverages.patientId, patientId)).all();
  const claims = db
    .select({ claim: t.claims, payerName: t.payers.name })
    .from(t.claims)
    .innerJoin(t.payers, eq(t.payers.id, t.claims.payerId))
    .where(eq(t.claims.patientId, patientId))
    .all()
    .filter(({ claim }) => isStanding(claim.status) && claim.frequency !== '8')
    // The last payer on the claim's dates: no coverage ranks after it.
    .filter(({ claim }) => isLastPayer(claim, coverages));
  const entries = ledgerEntriesOf(
    db,
    claims.map((c) => c.claim.key),
  );
  const lines: StatementLine[] = [];
  for (const { claim, payerName } of claims) {
    const draft = claim.snapshot as ClaimDraftView;
    const ledger = lineLedgers(
      draft.lines.map((l, i) => ({ number: i + 1, chargeCents: l.chargeCents })),
      entries.get(claim.key) ?? [],
    );
    draft.lines.forEach((line, i) => {
      const own = ledger[i]!;
      if (!own.answered || own.patientResponsibilityCents <= 0) return;
      const insurancePaid = own.paidCents + (line.prior?.paidCents ?? 0);
      lines.push({
        from: line.from,
        to: line.to,
        code: line.code,
        modifiers: line.modifiers,
        billedCents: line.chargeCents,
        insurancePaidCents: insurancePaid,
        adjustedCents: line.chargeCents - insurancePaid - own.patientResponsibilityCents,
        patientCents: own.patientResponsibilityCents,
        payerName,
      });
    });
  }
  return lines.sort((a, b) => a.from.localeCompare(b.from) || a.code.localeCompare(b.code));
}

export async function patientStatement(opened: OpenedStore, clock: Clock, patientId: string): Promise<ExportedFileView> {
  const patient = opened.store.select().from(t.patients).where(eq(t.patients.id, patientId)).get();
  if (!patient) throw new NotFoundError(`There is no patient "${patientId}".`);
  const lines = statementLines(opened, patientId);
  const name = `${patient.firstName} ${patient.lastName}`;
  if (lines.length === 0)
    throw new RefusedError(`${name} owes nothing after the insurers' answers posted so far: there is no statement to print.`);
  const pharmacy = opened.store.select().from(t.pharmacy).get();
  const bytes = await renderStatement({
    pharmacy: {
      name: pharmacy?.name ?? 'Pharmacy',
      address: pharmacy ? [pharmacy.line1, `${pharmacy.city}, ${pharmacy.state} ${zip(pharmacy.zip)}`] : [],
      phone: pharmacy?.phone ?? null,
    },
    patient: {
      name,
      account: patient.id,
      address: [patient.line1, ...(patient.line2 ? [patient.line2] : []), `${patient.city}, ${patient.state} ${zip(patient.zip)}`],
    },
    statementDate: clock.today(),
    lines,
  });
  return {
    // A name from the day, never from what a user typed.
    fileName: `patient-statement-${clock.today()}.pdf`,
    format: 'statement',
    content: Buffer.from(bytes).toString('base64'),
    encoding: 'base64',
    claims: [],
  };
}
