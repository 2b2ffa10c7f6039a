import { existsSync, readFileSync } from 'node:fs';
import { UsageError, requireFlag } from './cliArgs';
import { BadInput, callAsync, deliverTo, withSession, type Invocation } from './cliSession';
import type { CliIo } from './dripline';
import { InvalidInputError } from '../vocabulary';

// `dripline audit` and `dripline backup` (docs/command-line.md): the audit trail and its check, and an online copy.

export const TRUST_VERBS: Record<string, (inv: Invocation, io: CliIo) => void | Promise<void>> = {
  audit(inv, io) {
    if (inv.args.positionals.length > 0) throw new UsageError('audit takes no arguments');
    const verify = inv.args.flags.has('verify');
    if (!verify && !inv.args.flags.has('json')) throw new UsageError('audit prints JSON: add --json (and --verify to check the chain)');
    const { entries, check } = withSession(inv, { create: false }, (s) => ({
      entries: inv.args.flags.has('json') ? s.call('audit.list', {}) : [],
      check: verify ? s.call('audit.verify', {}) : null,
    }));
    if (check && !check.ok) throw new BadInput(check.problems.map((message) => ({ path: 'audit', message })));
    if (inv.args.flags.has('json')) io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
    if (check)
      (inv.args.flags.has('json') ? io.stderr : io.stdout)(
        `audit trail verified: ${check.entries} entries${check.unchained > 0 ? `, of which ${check.unchained} written before the chain existed` : ''}, none altered or removed\n`,
      );
  },
  async backup(inv, io) {
    if (inv.args.positionals.length > 0) throw new UsageError('backup takes no arguments');
    const out = requireFlag(inv.args, 'out');
    if (existsSync(out))
      throw new BadInput([{ path: '--out', message: `${out} exists: choose a new file name (a backup is never overwritten)` }]);
    const view = await callAsync(
      inv,
      'database.backup',
      {},
      {
        deliverFile: (copy) => {
          try {
            deliverTo(out, readFileSync(copy));
          } catch (error) {
            if (error instanceof InvalidInputError)
              throw new InvalidInputError('The backup could not be written.', [
                {
                  path: '--out',
                  message: (error.fields[0]?.message ?? error.message).replace('nothing was exported', 'no backup was written'),
                },
              ]);
            throw error;
          }
        },
      },
    );
    io.stdout(`wrote ${out}: ${view.bytes} bytes, schema ${view.schemaVersion}, integrity ok\n`);
  },
};
