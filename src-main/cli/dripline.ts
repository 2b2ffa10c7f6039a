import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { systemClock } from '../calendar/clock';
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
  dripline demo --db DB            create the demo pharmacy`;

class BadInput extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  }
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

function withRuntime<T>(args: ParsedArgs, options: { create: boolean }, work: (runtime: Runtime) => T): T {
  const databasePath = requireFlag(args, 'db');
  if (!options.create && !existsSync(databasePath)) throw new BadInput([{ path: '--db', message: `no database at ${databasePath}` }]);
  const runtime = openRuntime({ databasePath, clock: systemClock, create: options.create });
  try {
    return work(runtime);
  } finally {
    runtime.close();
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

function periodFlags(args: ParsedArgs): { from: string; to: string } {
  const from = requireFlag(args, 'from');
  const to = requireFlag(args, 'to');
  const problems: Problem[] = [];
  if (!isCalendarDate(from)) problems.push({ path: '--from', message: `"${from}" is not a calendar date (YYYY-MM-DD)` });
  if (!isCalendarDate(to)) problems.push({ path: '--to', message: `"${to}" is not a calendar date (YYYY-MM-DD)` });
  if (problems.length === 0 && to < from) problems.push({ path: '--to', message: 'is before --from' });
  if (problems.length > 0) throw new BadInput(problems);
  return { from, to };
}

const VERBS: Record<string, (args: ParsedArgs, io: CliIo) => void> = {
  import(args, io) {
    const [file, ...extra] = args.positionals;
    if (!file || extra.length > 0) throw new UsageError('import takes one FILE');
    requireFlag(args, 'db');
    // Validate the whole file before the database is even opened: bad input writes nothing.
    const result = validateDataset(readJsonFile(file));
    if (!result.ok) throw new BadInput(result.problems);
    const summary = withRuntime(args, { create: true }, (r) => r.services.importDataset(result.dataset));
    io.stdout(
      `imported ${summary.patients} patients, ${summary.plansOfCare} plans of care, ${summary.orders} orders, ` +
        `${summary.payers} payers, ${summary.prescribers} prescribers, ${summary.drugs} drugs\n`,
    );
  },
  export(args, io) {
    if (args.positionals.length > 0) throw new UsageError('export takes no arguments');
    const dataset = withRuntime(args, { create: false }, (r) => r.services.exportDataset());
    io.stdout(`${JSON.stringify(dataset, null, 2)}\n`);
  },
  lines(args, io) {
    if (args.positionals.length > 0) throw new UsageError('lines takes no arguments');
    if (!args.flags.has('json')) throw new UsageError('lines prints JSON: add --json');
    const period = periodFlags(args);
    const patient = args.flags.get('patient');
    const result = withRuntime(args, { create: false }, (r) => r.services.lines(period, typeof patient === 'string' ? patient : undefined));
    io.stdout(`${JSON.stringify({ lines: result.lines.map(contractLine), findings: result.findings }, null, 2)}\n`);
  },
  explain(args, io) {
    if (args.positionals.length > 0) throw new UsageError('explain takes no arguments');
    const patient = requireFlag(args, 'patient');
    const date = requireFlag(args, 'date');
    if (!isCalendarDate(date)) throw new BadInput([{ path: '--date', message: `"${date}" is not a calendar date (YYYY-MM-DD)` }]);
    const order = args.flags.get('order');
    const code = args.flags.get('code');
    const explanations = withRuntime(args, { create: false }, (r) =>
      r.services.explain({
        patient,
        date,
        order: typeof order === 'string' ? order : undefined,
        code: typeof code === 'string' ? code : undefined,
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
  claims(args, io) {
    if (args.positionals.length > 0) throw new UsageError('claims takes no arguments');
    const period = periodFlags(args);
    const out = requireFlag(args, 'out');
    if (existsSync(out))
      throw new BadInput([{ path: '--out', message: `${out} exists: choose a new file name (a claim file is never overwritten)` }]);
    const result = withRuntime(args, { create: false }, (r) => {
      const { drafts } = r.services.claimDrafts(period);
      const ready = drafts.filter((d) => d.problems.length === 0);
      const notReady = drafts.filter((d) => d.problems.length > 0);
      if (ready.length === 0) {
        const problems = notReady.flatMap((d) =>
          d.problems.map((p) => ({ path: `claim ${d.draftId}`, message: `${p.rule}: ${p.message}` })),
        );
        throw new BadInput(problems.length > 0 ? problems : [{ path: '--from', message: 'no billable lines in this period' }]);
      }
      return {
        exported: r.services.exportClaims837(
          period,
          ready.map((d) => d.draftId),
        ),
        notReady,
      };
    });
    writeFileSync(out, result.exported.content, { flag: 'wx' });
    for (const d of result.notReady)
      io.stderr(`not exported, not ready: claim ${d.draftId}: ${d.problems.map((p) => `${p.rule} ${p.message}`).join(' ')}\n`);
    const total = result.exported.claims.reduce((sum, c) => sum + c.totalCents, 0);
    io.stdout(`wrote ${out}: ${result.exported.claims.length} claims, $${(total / 100).toFixed(2)}\n`);
  },
  demo(args, io) {
    if (args.positionals.length > 0) throw new UsageError('demo takes no arguments');
    const summary = withRuntime(args, { create: true }, (r) => r.services.openDemo());
    io.stdout(`demo pharmacy ready: ${summary.patients} patients, ${summary.orders} orders in ${requireFlag(args, 'db')}\n`);
  },
};

export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    const args = parseArgs(argv, new Set(['db', 'from', 'to', 'patient', 'out', 'date', 'order', 'code']), new Set(['json', 'help']));
    if (args.verb === undefined || args.verb === '--help' || args.flags.has('help')) {
      io.stdout(`${USAGE}\n`);
      return args.verb === undefined ? 2 : 0;
    }
    const verb = VERBS[args.verb];
    if (!verb) throw new UsageError(`unknown verb "${args.verb}"`);
    verb(args, io);
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
    if (error instanceof NewerDatabaseError || error instanceof MigrationFailedError) {
      io.stderr(`--db: ${error.message}\n`);
      return 1;
    }
    io.stderr(`dripline: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
