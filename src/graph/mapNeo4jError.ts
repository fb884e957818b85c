import { Neo4jError } from 'neo4j-driver';
import { AppError, GraphUnavailableError, InvalidInputError, MemoryLimitError, TimeoutError } from '../errors/AppError.ts';

/**
 * Classifies a driver error once, by its code, into the AppError family. `target` names the
 * database (URI, never the password) for messages the user sees.
 */
export function mapNeo4jError(error: unknown, target: string): AppError {
  if (error instanceof AppError) return error;
  if (!(error instanceof Neo4jError)) {
    const message = error instanceof Error ? error.message : String(error);
    return new AppError('INTERNAL_SERVER_ERROR', message, {}, { cause: error });
  }
  const code = error.code ?? '';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new GraphUnavailableError(`Neo4j at ${target} is not reachable (${firstLine(error.message)})`, { cause: error });
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new GraphUnavailableError(`Neo4j at ${target} refused the credentials (check NEO4J_USER / NEO4J_PASSWORD)`, {
      cause: error,
    });
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.TransientError.Transaction.LockClientStopped') {
    return new TimeoutError('the query ran past its time limit and was stopped', { cause: error });
  }
  // The memory guard's errors are transient by code, but retrying the same query cannot help.
  if (/^Neo\.TransientError\.General\.\w*OutOfMemoryError$/.test(code) || code === 'Neo.TransientError.General.TransactionMemoryLimit') {
    return new MemoryLimitError('the query needed more memory than Neo4j allows one transaction: narrow it (fewer hops, a LIMIT, a smaller page)', {
      cause: error,
    });
  }
  if (code === 'Neo.ClientError.Procedure.ProcedureNotFound') {
    const name = /procedure with the name `([^`]+)`/.exec(error.message)?.[1];
    return new InvalidInputError(
      `unknown procedure ${name ?? '(unnamed)'}: this Neo4j has no such procedure (no plugins such as APOC are installed); SHOW PROCEDURES lists the ones it has`,
      // No neo4jCode: the message is ours and safe to show in production too.
      name ? { procedure: name } : {},
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new GraphUnavailableError(`Neo4j at ${target} has no such database (check NEO4J_DATABASE)`, { cause: error });
  }
  if (code.startsWith('Neo.ClientError.Statement.')) {
    return new InvalidInputError(error.message, { neo4jCode: code }, { cause: error });
  }
  if (code.startsWith('Neo.TransientError.Transaction.')) {
    // A deadlock or lock wait that outlasted the retries: the server is up, the write lost a race.
    return new GraphUnavailableError(`Neo4j at ${target} could not complete the write for contention (${code}); try again`, { cause: error });
  }
  if (Neo4jError.isRetryable(error)) {
    return new GraphUnavailableError(`Neo4j at ${target} is temporarily unavailable (${code})`, { cause: error });
  }
  return new AppError('INTERNAL_SERVER_ERROR', `Neo4j error ${code}`, { neo4jCode: code }, { cause: error });
}

/**
 * True when a failure says the server cannot be reached or used at all (connection lost,
 * credentials refused, database missing or down): only then does the readiness flag go down.
 * A deadlock or lock timeout that outlasted the retries means the server is up and busy.
 */
export function meansUnreachable(error: AppError): boolean {
  if (error.code !== 'DATABASE_UNAVAILABLE') return false;
  const cause = error.cause;
  return !(cause instanceof Neo4jError && (cause.code ?? '').startsWith('Neo.TransientError.Transaction.'));
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.slice(0, 200);
}
