import type { FieldProblem } from '../../vocabulary/errors';

// What every IPC call returns: never a rejected promise, always a value or a typed error.

export type { FieldProblem };

export type IpcError =
  | { kind: 'invalid'; message: string; fields: FieldProblem[] }
  | { kind: 'not-found'; message: string }
  | { kind: 'refused'; message: string }
  | { kind: 'forbidden'; message: string }
  | { kind: 'unknown-channel'; message: string }
  | { kind: 'internal'; message: string };

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };
