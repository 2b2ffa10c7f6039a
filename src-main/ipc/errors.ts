import type { FieldProblem } from './contract/result';

// Errors a service throws on purpose; the channel table turns them into typed results.

export class InvalidInputError extends Error {
  constructor(
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'InvalidInputError';
  }
}

export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** The request is well formed but not allowed, e.g. changing an exported claim. */
export class RefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedError';
  }
}
