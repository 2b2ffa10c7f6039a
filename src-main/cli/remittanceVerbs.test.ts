import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../testing/tempDatabase';
import { auditedCalls, cliProcess, novemberDatasetFile, runInProcess } from '../testing/cliProcess';
import { remit835 } from '../x12/testing/remitFixtures';
import { ack999 } from '../x12/testing/remitFixturesAcks';
import { answerClaim, payment } from '../remittance/testing/payerAnswers';
import type { LedgerClaim } from '../vocabulary';

// `dripline remit`, `ack` and `ledger` (docs/command-line.md): November's claim exported
// by the command, the payer's 835 posted once (RM-4: posting it again posts nothing), the ledger printed in the
// contract's shape, bad input refused with exit 1 and nothing written, and the writes audited as the OS user.

const run = (argv: string[]) => runInProcess(argv, {});

const CLAIM_KEYS = [
  'id',
  'patient',
  'payer',
  'rank',
  'from',
  'to',
  'frequency',
  'status',
  'billedCents',
  'paidCents',
  'patientResponsibilityCents',
  'balanceCents',
  'adjustments',
  'lines',
];
const LINE_KEYS = ['date', 'code', 'modifiers', 'units', 'billedCents', 'paidCents', 'adjustments'];
const ADJUSTMENT_KEYS = ['group', 'reason', 'cents'];
const LEDGER_STATUSES = ['not-ready', 'ready', 'exported', 'accepted', 'rejected', 'paid', 'partially-paid', 'denied', 'void'];

type LedgerJson = { claims: (Omit<LedgerClaim, 'claimKey' | 'patientName' | 'payerName' | 'exportedOn'> & Record<string, unknown>)[] };

describe('dripline remit, ack and ledger', () => {
  let dir: string;
  let cleanup: () => void;
  let db: string;
  let claimFile: string;
  const at = (today: string) => ['--db', db, '--today', today];
  const ledgerText = async () => {
    const result = await run(['ledger', ...at('2026-12-20'), '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    return result.stdout;
  };
  const counts = () => {
    const sqlite = new Database(db, { readonly: true });
    try {
      const n = (table: string) => (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      return { received: n('received_files'), remittances: n('remittances'), entries: n('ledger_entries'), audit: n('audit_log') };
    } finally {
      sqlite.close();
    }
  };
  /** The payer's 835 for our claim as the ledger shows it: line 1 with a 30.00 co-insurance, line 2 cut by CO-45. */
  const eraFor = (claim: LedgerClaim, trace: string) =>
    remit835([
      payment(trace, [
        answerClaim(claim, (line, billed) =>
          line === 1
            ? { paidCents: billed - 3000, adjustments: [{ group: 'PR', reason: '2', cents: 3000 }] }
            : line === 2
              ? { paidCents: billed - 1000, adjustments: [{ group: 'CO', reason: '45', cents: 1000 }] }
              : { paidCents: billed },
        ),
      ]),
    ]);

  beforeEach(async () => {
    ({ dir, cleanup } = tempFolder());
    db = join(dir, 'pharmacy.sqlite');
    expect((await run(['import', novemberDatasetFile(dir), '--db', db])).code).toBe(0);
    claimFile = join(dir, 'nov.x12');
    const exported = await run(['claims', '--from', '2026-11-01', '--to', '2026-11-30', '--out', claimFile, ...at('2026-12-02')]);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(exported.stdout).toMatch(/^wrote .*nov\.x12: 1 claims, \$\d+\.\d\d\n$/);
  });
  afterEach(() => cleanup());

  const sentClaim = async () => {
    const [claim, ...rest] = (JSON.parse(await ledgerText()) as LedgerJson).claims;
    expect(rest).toEqual([]);
    // The ledger's JSON has what answerClaim reads: the claim's id and, per line, code, modifiers, units, date, charge.
    return claim as unknown as LedgerClaim;
  };

  it('posts an 835 once: exit 0 and "posted 1"; again: exit 0, "already posted 1", and the ledger unchanged byte for byte', async () => {
    const claim = await sentClaim();
    expect(claim.status).toBe('exported');
    const era = join(dir, 'era.835');
    writeFileSync(era, eraFor(claim, 'EFT7001'));

    const first = await run(['remit', era, ...at('2026-12-20')]);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain('posted 1, held for review 0, unmatched 0, already posted 0\n');
    expect(first.stdout).toContain(`  posted\t${claim.id} Doe, Jane: Processed as primary`);
    const posted = await ledgerText();

    const again = await run(['remit', era, ...at('2026-12-21')]);
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(again.stdout).toContain('(posted before: nothing posted again)');
    expect(again.stdout).toContain('posted 0, held for review 0, unmatched 0, already posted 1\n');
    expect(await ledgerText()).toBe(posted);
    expect(counts()).toMatchObject({ received: 1, remittances: 1 });
  });

  it('prints the ledger in the contract shape, each claim billed = paid + adjustments + balance', async () => {
    const claim = await sentClaim();
    const era = join(dir, 'era.835');
    writeFileSync(era, eraFor(claim, 'EFT7002'));
    expect((await run(['remit', era, ...at('2026-12-20')])).code).toBe(0);

    const ledger = JSON.parse(await ledgerText()) as LedgerJson;
    expect(Object.keys(ledger)).toEqual(['claims']);
    expect(ledger.claims).toHaveLength(1);
    for (const c of ledger.claims) {
      expect(Object.keys(c)).toEqual(CLAIM_KEYS);
      expect(LEDGER_STATUSES).toContain(c.status);
      expect(['primary', 'secondary', 'tertiary']).toContain(c.rank);
      expect(['1', '7', '8']).toContain(c.frequency);
      for (const a of c.adjustments) expect(Object.keys(a)).toEqual(ADJUSTMENT_KEYS);
      for (const l of c.lines) {
        expect(Object.keys(l)).toEqual(LINE_KEYS);
        for (const a of l.adjustments) expect(Object.keys(a)).toEqual(ADJUSTMENT_KEYS);
      }
      const adjusted = c.adjustments.reduce((s, a) => s + a.cents, 0);
      expect(c.billedCents).toBe(c.paidCents + adjusted + c.balanceCents);
      expect(c.billedCents).toBe(c.lines.reduce((s, l) => s + l.billedCents, 0));
      expect(c.paidCents).toBe(c.lines.reduce((s, l) => s + l.paidCents, 0));
    }
    const [c] = ledger.claims;
    expect(c).toMatchObject({
      id: claim.id,
      patient: 'p1',
      payer: 'bcbs',
      rank: 'primary',
      frequency: '1',
      // Every line answered, nothing denied, nothing left open: the payer's part is paid (RM-3).
      status: 'paid',
      paidCents: claim.billedCents - 4000,
      patientResponsibilityCents: 3000,
      balanceCents: 0,
      adjustments: [
        { group: 'PR', reason: '2', cents: 3000 },
        { group: 'CO', reason: '45', cents: 1000 },
      ],
    });
    expect(c!.lines[0]).toEqual({
      ...claim.lines[0],
      paidCents: claim.lines[0]!.billedCents - 3000,
      adjustments: [{ group: 'PR', reason: '2', cents: 3000 }],
    });
  });

  it('refuses a garbage 835 with exit 1 and one line naming its line and segment, and writes nothing', async () => {
    const claim = await sentClaim();
    const good = eraFor(claim, 'EFT7003');
    const lines = good.split('\n');
    const clp = lines.findIndex((l) => l.startsWith('CLP*'));
    // CLP03 is not an amount.
    lines[clp] = lines[clp]!.replace(/^(CLP\*[^*]+\*[^*]+\*)[^*]+/, '$1twelve');
    const garbage = join(dir, 'garbage.835');
    writeFileSync(garbage, lines.join('\n'));
    const before = counts();
    const ledgerBefore = await ledgerText();
    // The real command, in its own process.
    const result = await cliProcess(['remit', garbage, ...at('2026-12-20')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^text: line ${clp + 1}, segment CLP \\(#\\d+\\): .+\\n$`));
    expect(counts()).toEqual(before);
    expect(await ledgerText()).toBe(ledgerBefore);
  }, 60_000);

  it('exits 2 when remit has no FILE, and 1 naming the file when it does not exist', async () => {
    const before = counts();
    const usage = await run(['remit', ...at('2026-12-20')]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^dripline: remit takes one FILE\n/);
    const missing = join(dir, 'missing.835');
    expect(await run(['remit', missing, ...at('2026-12-20')])).toMatchObject({ code: 1, stderr: `${missing}: no such file\n` });
    expect(counts()).toEqual(before);
  });

  it('reads a 999 accepting our file: exit 0, and the claim reads accepted', async () => {
    const gs = readFileSync(claimFile, 'utf8')
      .split(/~\s*/)
      .find((s) => s.startsWith('GS*'))!;
    const ack = join(dir, 'ack.999');
    writeFileSync(
      ack,
      ack999([{ groupControlNumber: gs.split('*')[6]!, status: 'A', transactions: [{ controlNumber: '0001', status: 'A' }] }]),
    );
    const result = await run(['ack', ack, ...at('2026-12-03')]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const claim = await sentClaim();
    expect(result.stdout).toBe(`999: 1 accepted, 0 rejected\n  accepted\t${claim.id}\n`);
    expect(claim.status).toBe('accepted');
  });

  it('records the remit write in the audit trail as the operating-system user, face cli', async () => {
    const era = join(dir, 'era.835');
    writeFileSync(era, eraFor(await sentClaim(), 'EFT7004'));
    expect((await run(['remit', era, ...at('2026-12-20')])).code).toBe(0);
    const rows = auditedCalls(db);
    expect(rows).toEqual([
      { channel: 'dataset.import', actor: userInfo().username, face: 'cli' },
      { channel: 'claims.export', actor: userInfo().username, face: 'cli' },
      { channel: 'remittances.post', actor: userInfo().username, face: 'cli' },
    ]);
  });
});
