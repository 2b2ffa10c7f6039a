import { existsSync, readFileSync } from 'node:fs';
import { clockFor, InvalidTodayError } from '../calendar/clock';
import { sealDataset, validateDataset } from '../dataset/validateDataset';
import { isCalendarDate } from '../calendar/calendarDate';
import { formatExplanation } from '../billing/explain';
import { NewerDatabaseError, MigrationFailedError } from '../store/migrate';
import { parseArgs, requireFlag, UsageError } from './cliArgs';
import { InvalidInputError } from '../vocabulary';
import { REMITTANCE_VERBS } from './remittanceVerbs';
import { TRUST_VERBS } from './trustVerbs';
import { BadInput, databasePath, deliverTo, periodFlags, readJsonFile, withSession, type Invocation } from './cliSession';

// The `dripline` command (docs/command-line.md): a thin face over the same channel table as the app.
// Exit 0 on success, 1 on bad input (one line per problem on stderr), 2 on a usage error; nothing is
// written when it exits non-zero.

const USAGE = `usage:
  dripline import FILE --db DB     validate a dataset file, then import it in one transaction
  dripline export --db DB          print the database as a dataset
  dripline lines --db DB --from DATE --to DATE [--patient ID] --json
                                   print the billing lines and findings for the period
  dripline explain --db DB --patient ID --date DATE [--order ID] [--code CODE]
                                   why each line and finding of that day exists: rules, policy, fee
  dripline claims --db DB --from DATE --to DATE --out FILE
                                   build the period's claims and write the ready ones as an 837P file
  dripline files --db DB [--json]  list the files exported so far
  dripline file KEY --db DB --out FILE
                                   write an exported file out again, exactly as it went out
  dripline demo --db DB            create the demo pharmacy
  dripline remit FILE --db DB [--json]
                                   post an 835 remittance: what was posted, held for review and unmatched
  dripline ack FILE --db DB [--json]
                                   read a 999 or 277CA: claims accepted or rejected, with the reasons
  dripline ledger --db DB --json   every claim with its status and money, line by line
  dripline audit --db DB --json [--verify]
                                   print the audit trail; --verify checks no entry was altered or removed
  dripline backup --db DB --out FILE
                                   an online, consistent copy of the database, checked before it is written

every verb: --today DATE (or DRIPLINE_TODAY) is the day the pharmacy works on, by default the
computer's local date; no date of service after it is billed. --db may come from DRIPLINE_DB.
An encrypted database needs its key: --key-file FILE (or DRIPLINE_KEY_FILE); import and demo given a key
create the database encrypted.`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** DRIPLINE_DB and DRIPLINE_TODAY come from here (process.env by default). */
  env?: NodeJS.ProcessEnv;
}

const VERBS: Record<string, (inv: Invocation, io: CliIo) => void | Promise<void>> = {
  ...REMITTANCE_VERBS,
  ...TRUST_VERBS,
  import(inv, io) {
    const { args } = inv;
    const [file, ...extra] = args.positionals;
    if (!file || extra.length > 0) throw new UsageError('import takes one FILE');
    databasePath(inv);
    // Validate the whole file before the database is even opened: bad input writes nothing.
    const result = validateDataset(readJsonFile(file));
    if (!result.ok) throw new BadInput(result.problems);
    // Sealed: the channel's check takes it as validated instead of parsing every patient again.
    const document = sealDataset(result.dataset);
    const summary = withSession(inv, { create: true }, (s) => s.call('dataset.import', { document }));
    io.stdout(
      `imported ${summary.patients} patients, ${summary.plansOfCare} plans of care, ${summary.orders} orders, ` +
        `${summary.payers} payers, ${summary.prescribers} prescribers, ${summary.drugs} drugs\n`,
    );
  },
  export(inv, io) {
    const { args } = inv;
    if (args.positionals.length > 0) throw new UsageError('export takes no arguments');
    const dataset = withSession(inv, { create: false }, (s) => s.call('dataset.export', {}));
    io.stdout(`${JSON.stringify(dataset, null, 2)}\n`);
  },
  lines(inv, io) {
    const { args } = inv;
    if (args.positionals.length > 0) throw new UsageError('lines takes no arguments');
    if (!args.flags.has('json')) throw new UsageError('lines prints JSON: add --json');
    const period = periodFlags(inv);
    const patient = args.flags.get('patient');
    const result = withSession(inv, { create: false }, (s) =>
      s.call('lines.list', { ...period, ...(typeof patient === 'string' ? { patientId: patient } : {}) }),
    );
    // DS-1: a line dated after today is a preview of what is scheduled, never billed until its date has passed.
    const lines = result.lines.map(({ scheduled, ...line }) => (scheduled ? { ...line, scheduled: true } : line));
    io.stdout(`${JSON.stringify({ lines, findings: result.findings }, null, 2)}\n`);
  },
  explain(inv, io) {
    const { args } = inv;
    if (args.positionals.length > 0) throw new UsageError('explain takes no arguments');
    const patient = requireFlag(args, 'patient');
    const date = requireFlag(args, 'date');
    if (!isCalendarDate(date)) throw new BadInput([{ path: '--date', message: `"${date}" is not a calendar date (YYYY-MM-DD)` }]);
    const order = args.flags.get('order');
    const code = args.flags.get('code');
    const explanations = withSession(inv, { create: false }, (s) =>
      s.call('lines.explain', {
        patientId: patient,
        date,
        ...(typeof order === 'string' ? { order } : {}),
        ...(typeof code === 'string' ? { code } : {}),
      }),
    );
    if (args.flags.has('json')) io.stdout(`${JSON.stringify(explanations, null, 2)}\n`);
    else
      io.stdout(
        explanations.length === 0
          ? `nothing is billed or found for ${patient} on ${date}\n`
          : `${explanations.map(formatExplanation).join('\n\n')}\n`,
      );
  },
  claims(inv, io) {
    const { args } = inv;
    if (args.positionals.length > 0) throw new UsageError('claims takes no arguments');
    const period = periodFlags(inv);
    const out = requireFlag(args, 'out');
    if (existsSync(out)) throw new BadInput([{ path: '--out', message: existingClaimFile(inv, out) }]);
    const result = withSession(inv, { create: false }, (s) => {
      const { drafts } = s.call('claims.drafts', period);
      const ready = drafts.filter((d) => d.problems.length === 0);
      const notReady = drafts.filter((d) => d.problems.length > 0);
      if (ready.length === 0) {
        const problems = notReady.flatMap((d) =>
          d.problems.map((p) => ({ path: `claim ${d.draftId}`, message: `${p.rule}: ${p.message}` })),
        );
        throw new BadInput(
          problems.length > 0 ? problems : [{ path: '--from', message: `no billable lines in this period through ${inv.clock.today()}` }],
        );
      }
      // The file is complete on disk before the claims are marked exported, in the same transaction.
      const exported = s.call(
        'claims.export',
        { ...period, draftIds: ready.map((d) => d.draftId) },
        { deliver: (file) => deliverTo(out, file.content) },
      );
      return { exported, notReady };
    });
    for (const d of result.notReady)
      io.stderr(`not exported, not ready: claim ${d.draftId}: ${d.problems.map((p) => `${p.rule} ${p.message}`).join(' ')}\n`);
    const total = result.exported.claims.reduce((sum, c) => sum + c.totalCents, 0);
    io.stdout(`wrote ${out}: ${result.exported.claims.length} claims, $${(total / 100).toFixed(2)}\n`);
  },
  files(inv, io) {
    const { args } = inv;
    if (args.positionals.length > 0) throw new UsageError('files takes no arguments');
    const files = withSession(inv, { create: false }, (s) => s.call('claims.files', {}));
    if (args.flags.has('json')) io.stdout(`${JSON.stringify(files, null, 2)}\n`);
    else
      io.stdout(
        files.length === 0
          ? 'no file has been exported yet\n'
          : files.map((f) => `${f.key}\t${f.format}\t${f.createdAt}\t${f.claims} claims\t${f.fileName}`).join('\n') + '\n',
      );
  },
  file(inv, io) {
    const { args } = inv;
    const [keyText, ...extra] = args.positionals;
    if (!keyText || extra.length > 0) throw new UsageError('file takes one KEY (see dripline files)');
    const out = requireFlag(args, 'out');
    if (!/^\d+$/.test(keyText)) throw new BadInput([{ path: 'KEY', message: `"${keyText}" is not a file key (see dripline files)` }]);
    if (existsSync(out)) throw new BadInput([{ path: '--out', message: `${out} exists: choose a new file name` }]);
    const file = withSession(inv, { create: false }, (s) => {
      const found = s.call('claims.files', {}).some((f) => f.key === Number(keyText));
      if (!found) throw new BadInput([{ path: 'KEY', message: `there is no exported file ${keyText} (see dripline files)` }]);
      return s.call('claims.file', { exportFile: Number(keyText) });
    });
    try {
      deliverTo(out, Buffer.from(file.content, file.encoding === 'base64' ? 'base64' : 'utf8'));
    } catch (error) {
      if (error instanceof InvalidInputError) throw new BadInput(error.fields);
      throw error;
    }
    io.stdout(`wrote ${out}: ${file.fileName}, exactly as it was exported\n`);
  },
  demo(inv, io) {
    const { args } = inv;
    if (args.positionals.length > 0) throw new UsageError('demo takes no arguments');
    const summary = withSession(inv, { create: true }, (s) => {
      if (!s.call('app.status', {}).isEmpty)
        throw new BadInput([
          { path: '--db', message: `${databasePath(inv)} already holds a pharmacy: the demo needs a new database file` },
        ]);
      return s.call('demo.open', {});
    });
    io.stdout(`demo pharmacy ready: ${summary.patients} patients, ${summary.orders} orders in ${databasePath(inv)}\n`);
  },
};

/**
 * Why an existing --out is refused. A claim file whose claims Dripline has no record of is what an export
 * interrupted between writing the file and recording its claims leaves: it must not be sent.
 */
function existingClaimFile(inv: Invocation, out: string): string {
  const refused = `${out} exists: choose a new file name (a claim file is never overwritten)`;
  let text: string;
  try {
    text = readFileSync(out, 'latin1').slice(0, 5_000_000);
  } catch {
    return refused;
  }
  if (!text.startsWith('ISA')) return refused;
  const element = text[3]!;
  const claimNumbers = [...text.matchAll(new RegExp(`(?:^|[~\\n])\\s*CLM\\${element}([^\\${element}~]+)`, 'g'))].map((m) => m[1]!);
  if (claimNumbers.length === 0) return refused;
  const known = new Set(withSession(inv, { create: false }, (s) => s.call('ledger.claims', {}).claims.map((c) => c.id)));
  const unknown = claimNumbers.filter((n) => !known.has(n));
  if (unknown.length === 0) return refused;
  return `${out} exists and holds ${unknown.length} claim(s) Dripline has no record of sending (${unknown.slice(0, 3).join(', ')}${unknown.length > 3 ? ', ...' : ''}): an export was interrupted before it was recorded. Do not send that file; export again to a new file name.`;
}

export function runCli(argv: readonly string[], io: CliIo): number | Promise<number> {
  try {
    const args = parseArgs(
      argv,
      new Set(['db', 'from', 'to', 'patient', 'out', 'date', 'order', 'code', 'today', 'key-file']),
      new Set(['json', 'help', 'verify']),
    );
    if (args.verb === undefined || args.verb === '--help' || args.flags.has('help')) {
      io.stdout(`${USAGE}\n`);
      return args.verb === undefined ? 2 : 0;
    }
    const verb = Object.hasOwn(VERBS, args.verb) ? VERBS[args.verb] : undefined; // "constructor" is not a verb
    if (!verb) throw new UsageError(`unknown verb "${args.verb}"`);
    const env = io.env ?? process.env;
    const today = args.flags.get('today');
    const done = verb({ args, env, clock: clockFor(typeof today === 'string' ? today : undefined, env) }, io);
    // A backup runs through SQLite's asynchronous backup API; every other verb is done here.
    if (done instanceof Promise)
      return done.then(
        () => 0,
        (error: unknown) => exitCodeFor(error, io),
      );
    return 0;
  } catch (error) {
    return exitCodeFor(error, io);
  }
}

function exitCodeFor(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.stderr(`dripline: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (error instanceof BadInput) {
    for (const p of error.problems) io.stderr(`${p.path}: ${p.message}\n`);
    return 1;
  }
  if (error instanceof InvalidTodayError) {
    io.stderr(`${error.message}\n`);
    return 1;
  }
  if (error instanceof NewerDatabaseError || error instanceof MigrationFailedError) {
    io.stderr(`--db: ${error.message}\n`);
    return 1;
  }
  io.stderr(`dripline: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}
