import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { appRoot } from '../paths/appRoot';

// Crash-safety tests (issue "Trust", item 5): the real `dripline` command in its own process, started as
// cliProcess starts it (this Node 22, bin/dripline.mjs), run to its end or killed with SIGKILL a chosen delay
// after it was started: no signal handler, `finally` or exit hook of the command runs, as in a power cut.

export interface CliRun {
  code: number | null;
  /** 'SIGKILL' when the kill landed before the process ended on its own; null when it ended first. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** From spawn to exit, in milliseconds. */
  ms: number;
}

/** When to send SIGKILL: that many milliseconds after the spawn (0: at once), or the moment a file appears. */
export type KillMoment = number | { whenFileAppears: string };

/** Runs `dripline ...argv` to its end, or until `kill` says. */
export function cliRun(argv: string[], kill?: KillMoment): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(appRoot(), 'bin', 'dripline.mjs'), ...argv], { cwd: appRoot() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    let timer: NodeJS.Timeout | undefined;
    let watcher: ReturnType<typeof watch> | undefined;
    if (kill === 0) child.kill('SIGKILL');
    else if (typeof kill === 'number') timer = setTimeout(() => child.kill('SIGKILL'), kill);
    else if (kill) {
      const { whenFileAppears: file } = kill;
      watcher = watch(dirname(file), (_event, name) => {
        if (name === basename(file)) child.kill('SIGKILL');
      });
    }
    const settle = () => {
      clearTimeout(timer);
      watcher?.close();
    };
    child.on('error', (error) => {
      settle();
      reject(error);
    });
    // 'close', not 'exit': every byte the command wrote has been read by then.
    child.on('close', (code, signal) => {
      settle();
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started });
    });
  });
}

/** `count` kill delays evenly spread over a run of `durationMs` (k/count of it, the last at its end), after 0: at once. */
export function killMoments(durationMs: number, count: number): number[] {
  return [0, ...Array.from({ length: count }, (_, k) => Math.round(((k + 1) * durationMs) / count))];
}
