import type { Period } from '../billing/billingRecord';
import type { CalendarDate } from '../calendar/calendarDate';
import type { Store } from '../store/openDatabase';
import { figures, lineLedgers, sumAdjustments } from '../remittance/posting/claimLedger';
import { ledgerEntriesOf } from '../remittance/sentClaims';
import type { ClaimStatus, CoverageRank } from '../vocabulary';
import type { AnsweredClaim, AwaitingAnswer, ClaimDraftView } from './assembly/claimDraft';

// CB-1 from the store: the claims payers answered that have not gone on to the next payer yet, and what payers
// have not answered (claims out) for the period's patients. Lines not billed yet are in the assembly's own input.

interface ClaimRow {
  key: number;
  control_number: string;
  patient_id: string;
  payer_id: string;
  payer_name: string;
  coverage_rank: CoverageRank;
  from_date: string;
  to_date: string;
  status: ClaimStatus;
  payer_claim_number: string | null;
  adjudicated_on: string | null;
  exported_on: string | null;
  exported_at: string;
  snapshot: string;
}

const NO_LONGER_STANDING = `('rejected', 'voided', 'replaced')`;

export function coordinationFromStore(
  store: Store,
  period: Period,
  today: CalendarDate,
  patientId?: string,
): { answered: AnsweredClaim[]; awaiting: AwaitingAnswer[] } {
  const db = store.$client;
  const byPatient = patientId === undefined ? '' : 'AND c.patient_id = ?';
  const args = patientId === undefined ? [period.from, period.to] : [period.from, period.to, patientId];
  const rows = db
    .prepare(
      `SELECT c.key, c.control_number, c.patient_id, c.payer_id, p.name AS payer_name, c.coverage_rank, c.from_date, c.to_date,
              c.status, c.payer_claim_number, c.adjudicated_on, c.exported_on, c.exported_at, c.snapshot
       FROM claims c JOIN payers p ON p.id = c.payer_id
       WHERE c.frequency <> '8' AND c.status NOT IN ${NO_LONGER_STANDING} AND c.to_date >= ? AND c.from_date <= ? ${byPatient}`,
    )
    .all(period.from, period.to, ...args.slice(2)) as ClaimRow[];
  // A claim's lines already on a standing claim of another payer went on (or the payer forwarded them).
  const forwarded = db.prepare(
    `SELECT 1 FROM claim_lines a JOIN claim_lines b ON b.billing_line_id = a.billing_line_id JOIN claims c ON c.key = b.claim_key
     WHERE a.claim_key = ? AND c.payer_id <> ? AND c.status NOT IN ${NO_LONGER_STANDING} LIMIT 1`,
  );
  const crossover = db.prepare(
    `SELECT status_code, answer FROM remit_claims WHERE claim_key = ? AND outcome = 'posted' ORDER BY key DESC LIMIT 1`,
  );
  const answeredRows = rows.filter((r) => r.status === 'paid' || r.status === 'partially-paid' || r.status === 'denied');
  const entries = ledgerEntriesOf(
    store,
    answeredRows.map((r) => r.key),
  );
  const answered: AnsweredClaim[] = [];
  for (const row of answeredRows) {
    if (forwarded.get(row.key, row.payer_id)) continue;
    const own = entries.get(row.key) ?? [];
    const draft = JSON.parse(row.snapshot) as ClaimDraftView;
    const perLine = lineLedgers(
      draft.lines.map((l, i) => ({ number: i + 1, chargeCents: l.chargeCents })),
      own,
    );
    const total = figures(draft.totalCents, own);
    const adjudicatedOn = row.adjudicated_on ?? today;
    const last = crossover.get(row.key) as { status_code: string; answer: string } | undefined;
    const forwardedTo =
      last && ['19', '20', '21'].includes(last.status_code)
        ? ((JSON.parse(last.answer) as { crossover: { name: string } | null }).crossover?.name ?? 'the next payer')
        : null;
    answered.push({
      answer: {
        claimKey: row.key,
        controlNumber: row.control_number,
        payerId: row.payer_id,
        payerName: row.payer_name,
        payerClaimNumber: row.payer_claim_number,
        adjudicatedOn,
        paidCents: total.paidCents,
        adjustments: sumAdjustments(own.filter((e) => e.lineNumber === null)),
        patientResponsibilityCents: total.patientResponsibilityCents,
      },
      patient: row.patient_id,
      rank: row.coverage_rank,
      from: row.from_date,
      to: row.to_date,
      crossover: forwardedTo,
      lines: draft.lines.map((line, i) => ({
        ...line,
        prior: {
          payerId: row.payer_id,
          claimKey: row.key,
          paidCents: perLine[i]!.paidCents,
          adjustments: perLine[i]!.adjustments,
          adjudicatedOn,
        },
      })),
    });
  }
  const awaiting: AwaitingAnswer[] = rows
    .filter((r) => r.status === 'exported' || r.status === 'accepted' || r.status === 'reversed')
    .map((r) => ({
      patient: r.patient_id,
      payer: r.payer_id,
      from: r.from_date,
      to: r.to_date,
      what: `${r.payer_name} has not answered claim ${r.control_number}, sent ${r.exported_on ?? r.exported_at.slice(0, 10)}`,
    }));
  return { answered, awaiting };
}
