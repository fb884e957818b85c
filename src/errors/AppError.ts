/**
 * The one error family of newsgraph. Feature code throws these; the API edge maps `code`
 * to GraphQL `extensions.code` and the CLI maps it to an exit code and a one-line reason.
 */
export type AppErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'DATABASE_UNAVAILABLE'
  | 'SERVICE_UNAVAILABLE'
  | 'TIMEOUT'
  | 'MEMORY_LIMIT_EXCEEDED'
  | 'CONFIG'
  | 'ENVIRONMENT'
  | 'LIMIT_EXCEEDED'
  | 'SOURCE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** Base class: a message meant for the user plus a stable machine-readable code. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Extra structured detail (file, line, path, limit...) safe to show to clients. */
  readonly details: Record<string, unknown>;

  constructor(code: AppErrorCode, message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.details = details;
  }
}

/** Input that does not meet the contract (file, flag, argument, text). */
export class InvalidInputError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super('BAD_USER_INPUT', message, details, options);
  }
}

/** A named thing (entity, article, saved query) does not exist. */
export class NotFoundError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('NOT_FOUND', message, details);
  }
}

/** A caller lacks credentials for a protected operation. */
export class UnauthenticatedError extends AppError {
  constructor(message: string) {
    super('UNAUTHENTICATED', message);
  }
}

/** A protected operation is disabled or not allowed. */
export class ForbiddenError extends AppError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

/** Neo4j cannot be reached, refused the credentials, or went away mid-run. */
export class GraphUnavailableError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('DATABASE_UNAVAILABLE', message, {}, options);
  }
}

/** An external service newsgraph calls (a language-model endpoint) cannot be reached or keeps failing. */
export class ServiceUnavailableError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super('SERVICE_UNAVAILABLE', message, details, options);
  }
}

/** A query or an operation ran past its time limit. */
export class TimeoutError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('TIMEOUT', message, {}, options);
  }
}

/** Neo4j's memory guard stopped a query: it needed more memory than one transaction may use. */
export class MemoryLimitError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('MEMORY_LIMIT_EXCEEDED', message, {}, options);
  }
}

/** A request went past a configured limit (depth, page size, hops, nodes). */
export class LimitExceededError extends AppError {
  constructor(limit: string, max: number, actual: number) {
    super('LIMIT_EXCEEDED', `${limit} is limited to ${max} (got ${actual})`, { limit, max, actual });
  }
}

/** Configuration (environment or flags) is invalid or conflicting. */
export class ConfigError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('CONFIG', message, details);
  }
}

/** The machine lacks something newsgraph needs (java, mvn, a free port). */
export class EnvironmentError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('ENVIRONMENT', message, details);
  }
}

/** A web page or feed could not be fetched: host unreachable, connection refused, a 5xx answer. */
export class SourceUnavailableError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super('SOURCE_UNAVAILABLE', message, details, options);
  }
}

/** Exit codes the CLI uses per error code (usage errors exit 1 from the parser). */
export const exitCodeFor: Record<AppErrorCode, number> = {
  BAD_USER_INPUT: 2,
  NOT_FOUND: 3,
  UNAUTHENTICATED: 4,
  FORBIDDEN: 4,
  DATABASE_UNAVAILABLE: 5,
  SERVICE_UNAVAILABLE: 5,
  TIMEOUT: 6,
  MEMORY_LIMIT_EXCEEDED: 9,
  CONFIG: 7,
  ENVIRONMENT: 8,
  LIMIT_EXCEEDED: 2,
  SOURCE_UNAVAILABLE: 10,
  INTERNAL_SERVER_ERROR: 70,
};
