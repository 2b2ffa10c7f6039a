// Errors a service throws on purpose; the channel table turns them into typed results.

export interface FieldProblem {
  /** The input field, as a path: `firstName`, `orders[1].schedule`. */
  path: string;
  message: string;
}

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

/** The caller's role does not allow this (CHANNEL_ROLES, or a finer rule of a channel such as a write-off). */
export class ForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenError';
  }
}
