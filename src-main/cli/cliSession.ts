import { keyFrom } from '../app/databaseKey';
import { DatabaseKeyError } from '../store/openDatabase';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Clock } from '../calendar/clock';
import { isCalendarDate } from '../calendar/calendarDate';
import { writeNewFileAtomically } from '../files/atomicFile';
import { openRuntime, type Runtime } from '../app/runtime';
import type { Problem } from '../dataset/validateDataset';
import { NewerDatabaseError, MigrationFailedError } from '../store/migrate';
import type { ChannelInput, ChannelName, ChannelOutput } from '../ipc/contract/channels';
import type { RequestContext } from '../ipc/requestContext';
import { InvalidInputError } from '../vocabulary';
import { requireFlag, UsageError, type ParsedArgs } from './cliArgs';

// How a `dripline` verb reaches the database: through the same channel table and dispatch as the app, as the
// operating-system user, on the invocation's today, so its writes are validated and audited like the app's.

export class BadInput extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  }
}

export interface Invocation {
  args: ParsedArgs;
  env: NodeJS.ProcessEnv;
  clock: Clock;
}

// A channel's field names as the command line spells them.
const FLAGS: Record<string, string> = {
  from: '--from',
  to: '--to',
  patientId: '--patient',
  date: '--date',
  order: '--order',
  code: '--code',
};

export interface Session {
  /** One channel call; a refusal becomes the verb's bad-input lines (exit 1). */
  call<N extends ChannelName>(name: N, input: ChannelInput<N>, options?: CallOptions): ChannelOutput<N>;
}

export interface CallOptions {
  /** Where a claim file goes, inside the export's transaction. */
  deliver?: RequestContext['deliver'];
  /** The flag or argument a "not found" answer is about. */
  notFoundAt?: string;
}

/** `--db PATH`, else DRIPLINE_DB. */
export function databasePath(inv: Invocation): string {
  const flag = inv.args.flags.get('db');
  if (typeof flag === 'string') return flag;
  const fromEnv = inv.env['DRIPLINE_DB'];
  if (fromEnv) return fromEnv;
  throw new UsageError('--db is required (or set DRIPLINE_DB)');
}

function openFor(inv: Invocation, create: boolean): Runtime {
  const path = databasePath(inv);
  if (!create && !existsSync(path)) throw new BadInput([{ path: '--db', message: `no database at ${path}` }]);
  if (existsSync(path) && statSync(path).isDirectory())
    throw new BadInput([{ path: '--db', message: `${path} is a folder, not a database file` }]);
  if (create && existsSync(dirname(path)) && !statSync(dirname(path)).isDirectory())
    throw new BadInput([{ path: '--db', message: `${path}: ${dirname(path)} is not a folder` }]);
  let key: string | undefined;
  try {
    const flag = inv.args.flags.get('key-file');
    key = keyFrom(typeof flag === 'string' ? flag : undefined, inv.env);
  } catch (error) {
    throw new BadInput([{ path: '--key-file', message: error instanceof Error ? error.message : String(error) }]);
  }
  try {
    return openRuntime({ databasePath: path, clock: inv.clock, create, face: 'cli', key });
  } catch (error) {
    if (error instanceof NewerDatabaseError || error instanceof MigrationFailedError) throw error;
    if (error instanceof DatabaseKeyError) throw new BadInput([{ path: '--key-file', message: error.message }]);
    throw new BadInput([{ path: '--db', message: `${path} cannot be opened: ${error instanceof Error ? error.message : String(error)}` }]);
  }
}

export function withSession<T>(inv: Invocation, options: { create: boolean }, work: (session: Session) => T): T {
  const runtime = openFor(inv, options.create);
  const session: Session = {
    call(name, input, callOptions = {}) {
      const result = runtime.table.dispatchSync(name, input, { ...runtime.context(), deliver: callOptions.deliver });
      if (result.ok) return result.value as ChannelOutput<typeof name>;
      const error = result.error;
      if (error.kind === 'invalid')
        throw new BadInput(
          error.fields.length > 0
            ? error.fields.map((f) => ({ path: FLAGS[f.path] ?? f.path, message: f.message }))
            : [{ path: name, message: error.message }],
        );
      if (error.kind === 'not-found' || error.kind === 'refused')
        throw new BadInput([{ path: callOptions.notFoundAt ?? '--db', message: error.message }]);
      throw new Error(error.message);
    },
  };
  try {
    return work(session);
  } finally {
    runtime.close();
  }
}

/** One asynchronous channel call (a backup through SQLite's backup API) on its own session. */
export async function callAsync<N extends ChannelName>(
  inv: Invocation,
  name: N,
  input: ChannelInput<N>,
  context: Pick<RequestContext, 'deliverFile'>,
): Promise<ChannelOutput<N>> {
  const runtime = openFor(inv, false);
  try {
    const result = await runtime.table.dispatch(name, input, { ...runtime.context(), ...context });
    if (result.ok) return result.value as ChannelOutput<N>;
    if (result.error.kind === 'invalid')
      throw new BadInput(result.error.fields.map((f) => ({ path: FLAGS[f.path] ?? f.path, message: f.message })));
    if (result.error.kind === 'not-found' || result.error.kind === 'refused')
      throw new BadInput([{ path: '--db', message: result.error.message }]);
    throw new Error(result.error.message);
  } finally {
    runtime.close();
  }
}

/** Writes a claim file whole or not at all; a bad path is the user's input, named at --out. */
export function deliverTo(out: string, content: string | Buffer): void {
  try {
    writeNewFileAtomically(out, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EEXIST' ? 'it exists already' : (error as Error).message;
    // An input error, so that dispatch hands it back with its field and the export is rolled back.
    throw new InvalidInputError('The claim file could not be written: nothing was exported.', [
      { path: '--out', message: `${out} cannot be written (${why}): nothing was exported` },
    ]);
  }
}

export function readJsonFile(file: string): unknown {
  if (!existsSync(file)) throw new BadInput([{ path: file, message: 'no such file' }]);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new BadInput([{ path: file, message: `is not JSON: ${error instanceof Error ? error.message : String(error)}` }]);
  }
}

/** An X12 file a payer sent (835, 999, 277CA): read as text, whatever its line endings. */
export function readTextFile(file: string): string {
  if (!existsSync(file)) throw new BadInput([{ path: file, message: 'no such file' }]);
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new BadInput([{ path: file, message: `cannot be read: ${error instanceof Error ? error.message : String(error)}` }]);
  }
}

export function periodFlags({ args }: Invocation): { from: string; to: string } {
  const from = requireFlag(args, 'from');
  const to = requireFlag(args, 'to');
  const problems: Problem[] = [];
  if (!isCalendarDate(from)) problems.push({ path: '--from', message: `"${from}" is not a calendar date (YYYY-MM-DD)` });
  if (!isCalendarDate(to)) problems.push({ path: '--to', message: `"${to}" is not a calendar date (YYYY-MM-DD)` });
  if (problems.length === 0 && to < from) problems.push({ path: '--to', message: 'is before --from' });
  if (problems.length > 0) throw new BadInput(problems);
  return { from, to };
}
