import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { clockFor, InvalidTodayError, type Clock } from '../calendar/clock';
import { writeNewFileAtomically } from '../files/atomicFile';
import { openRuntime, type Runtime } from '../app/runtime';
import { validateDataset, type Problem } from '../dataset/validateDataset';
import { isCalendarDate } from '../calendar/calendarDate';
import { contractLine } from '../lines/lineService';
import { formatExplanation } from '../billing/explain';
import { NewerDatabaseError, MigrationFailedError } from '../store/migrate';
import { parseArgs, requireFlag, UsageError, type ParsedArgs } from './cliArgs';

// The `dripline` command (shared/contracts/dataset-v1.md "Command line"): a thin face over the services.
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

every verb: --today DATE (or DRIPLINE_TODAY) is the day the pharmacy works on, by default the
computer's local date; no date of service after it is billed. --db may come from DRIPLINE_DB.`;

class BadInput extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  }
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** DRIPLINE_DB and DRIPLINE_TODAY come from here (process.env by default). */
  env?: NodeJS.ProcessEnv;
}

interface Invocation {
  args: ParsedArgs;
  env: NodeJS.ProcessEnv;
  clock: Clock;
}

/** `--db PATH`, else DRIPLINE_DB. */
function databasePath(inv: Invocation): string {
  const flag = inv.args.flags.get('db');
  if (typeof flag === 'string') return flag;
  const fromEnv = inv.env['DRIPLINE_DB'];
  if (fromEnv) return fromEnv;
  throw new UsageError('--db is required (or set DRIPLINE_DB)');
}

function withRuntime<T>(inv: Invocation, options: { create: boolean }, work: (runtime: Runtime) => T): T {
  const path = databasePath(inv);
  if (!options.create && !existsSync(path)) throw new BadInput([{ path: '--db', message: `no database at ${path}` }]);
  if (existsSync(path) && statSync(path).isDirectory())
    throw new BadInput([{ path: '--db', message: `${path} is a folder, not a database file` }]);
  if (options.create && existsSync(dirname(path)) && !statSync(dirname(path)).isDirectory())
    throw new BadInput([{ path: '--db', message: `${path}: ${dirname(path)} is not a folder` }]);
  let runtime: Runtime;
  try {
    runtime = openRuntime({ databasePath: path, clock: inv.clock, create: options.create });
  } catch (error) {
    if (error instanceof NewerDatabaseError || error instanceof MigrationFailedError) throw error;
    throw new BadInput([{ path: '--db', message: `${path} cannot be opened: ${error instanceof Error ? error.message : String(error)}` }]);
  }
  try {
    return work(runtime);
  } finally {
    runtime.close();
  }
}

/** Writes a claim file whole or not at all; a bad path is the user's input, named at --out. */
function deliverTo(out: string, content: string | Buffer): void {
  try {
    writeNewFileAtomically(out, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EEXIST' ? 'it exists already' : (error as Error).message;
    throw new BadInput([{ path: '--out', message: `${out} cannot be written (${why}): nothing was exported` }]);
  }
}

function readJsonFile(file: string): unknown {
  if (!existsSync(file)) throw new BadInput([{ path: file, message: 'no such file' }]);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new BadInput([{ path: file, message: `is not JSON: ${error instanceof Error ? error.message : String(error)}` }]);
  }
}

function periodFlags({ args }: Invocation): { from: string; to: string } {
  const from = requireFlag(args, 'from');
  const to = requireFlag(args, 'to');
  const problems: Problem[] = [];
  if (!isCalendarDate(from)) problems.push({ path: '--from', message: `"${from}" is not a calendar date (YYYY-MM-DD)` });
  if (!isCalendarDate(to)) problems.push({ path: '--to', message: `"${to}" is not a calendar date (YYYY-MM-DD)` });
  if (problems.length === 0 && to < from) problems.push({ path: '--to', message: 'is before --from' });
  if (problems.length > 0) throw new BadInput(problems);
  return { from, to };
}

const VERBS: Record<string, (inv: Invocation, io: CliIo) => void> = {
  import(inv, io) {
    const { args } = inv;
    const [file, ...extra] = args.positionals;
    if (!file || extra.length > 0) throw new UsageError('import takes one FILE');
    databasePath(inv);
    // Validate the whole file before the database is even opened: bad input writes nothing.
    const result = validateDataset(readJsonFile(file));
    if (!result.ok) throw new BadInput(result.problems);
    const summary = withRuntime(inv, { create: true }, (r) => r.services.importDataset(result.dataset));
    io.stdout(
      `imported ${summary.patients} patients, ${summary.plansOfCare} plans of care, ${summary.orders} orders, ` +
        `${summary.payers} payers, ${summary.prescribers} prescribers, ${summary.drugs} drugs\n`,
    );
  },
  export(inv, io) {
    const { args } = inv;
    if (args.positionals.length > 0) throw new UsageError('export takes no arguments');
    const dataset = withRuntime(inv, { create: false }, (r) => r.services.exportDataset());
    io.stdout(`${JSON.stringify(dataset, null, 2)}\n`);
  },
  lines(inv, io) {
    const { args } = inv;
    if (args.positionals.length > 0) throw new UsageError('lines takes no arguments');
    if (!args.flags.has('json')) throw new UsageError('lines prints JSON: add --json');
    const period = periodFlags(inv);
    const patient = args.flags.get('patient');
    const result = withRuntime(inv, { create: false }, (r) => r.services.lines(period, typeof patient === 'string' ? patient : undefined));
    // DS-1: a line dated after today is a preview of what is scheduled, never billed until its date has passed.
    const today = inv.clock.today();
    const lines = result.lines.map((l) => (l.date > today ? { ...contractLine(l), scheduled: true } : contractLine(l)));
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
    const explanations = withRuntime(inv, { create: false }, (r) => {
      if (!r.services.hasPatient(patient)) throw new BadInput([{ path: '--patient', message: `there is no patient "${patient}"` }]);
      return r.services.explain({
        patient,
        date,
        order: typeof order === 'string' ? order : undefined,
        code: typeof code === 'string' ? code : undefined,
      });
    });
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
    if (existsSync(out))
      throw new BadInput([{ path: '--out', message: `${out} exists: choose a new file name (a claim file is never overwritten)` }]);
    const result = withRuntime(inv, { create: false }, (r) => {
      const { drafts } = r.services.claimDrafts(period);
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
      const exported = r.services.exportClaims837(
        period,
        ready.map((d) => d.draftId),
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
    const files = withRuntime(inv, { create: false }, (r) => r.services.exportedFiles());
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
    const file = withRuntime(inv, { create: false }, (r) => {
      const found = r.services.exportedFiles().some((f) => f.key === Number(keyText));
      if (!found) throw new BadInput([{ path: 'KEY', message: `there is no exported file ${keyText} (see dripline files)` }]);
      return r.services.claims.file(Number(keyText));
    });
    deliverTo(out, Buffer.from(file.content, file.encoding === 'base64' ? 'base64' : 'utf8'));
    io.stdout(`wrote ${out}: ${file.fileName}, exactly as it was exported\n`);
  },
  demo(inv, io) {
    const { args } = inv;
    if (args.positionals.length > 0) throw new UsageError('demo takes no arguments');
    const summary = withRuntime(inv, { create: true }, (r) => {
      if (!r.services.status().isEmpty)
        throw new BadInput([
          { path: '--db', message: `${databasePath(inv)} already holds a pharmacy: the demo needs a new database file` },
        ]);
      return r.services.openDemo();
    });
    io.stdout(`demo pharmacy ready: ${summary.patients} patients, ${summary.orders} orders in ${databasePath(inv)}\n`);
  },
};

export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    const args = parseArgs(
      argv,
      new Set(['db', 'from', 'to', 'patient', 'out', 'date', 'order', 'code', 'today']),
      new Set(['json', 'help']),
    );
    if (args.verb === undefined || args.verb === '--help' || args.flags.has('help')) {
      io.stdout(`${USAGE}\n`);
      return args.verb === undefined ? 2 : 0;
    }
    const verb = Object.hasOwn(VERBS, args.verb) ? VERBS[args.verb] : undefined; // "constructor" is not a verb
    if (!verb) throw new UsageError(`unknown verb "${args.verb}"`);
    const env = io.env ?? process.env;
    const today = args.flags.get('today');
    verb({ args, env, clock: clockFor(typeof today === 'string' ? today : undefined, env) }, io);
    return 0;
  } catch (error) {
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
}
