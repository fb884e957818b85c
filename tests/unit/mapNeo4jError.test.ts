import { describe, expect, it } from 'vitest';
import { Neo4jError } from 'neo4j-driver';
import { mapNeo4jError, meansUnreachable } from '../../src/graph/mapNeo4jError.ts';

const err = (code: string, message = 'boom', retryable?: boolean) => {
  const e = new Neo4jError(message, code, code, code);
  if (retryable !== undefined) Object.defineProperty(e, 'retryable', { value: retryable });
  return e;
};

describe('mapNeo4jError', () => {
  it.each([
    ['ServiceUnavailable', 'DATABASE_UNAVAILABLE', /Neo4j at bolt:\/\/x:7687 is not reachable/],
    ['Neo.ClientError.Security.Unauthorized', 'DATABASE_UNAVAILABLE', /refused the credentials/],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'TIMEOUT', /time limit/],
    ['Neo.ClientError.Database.DatabaseNotFound', 'DATABASE_UNAVAILABLE', /no such database/],
    ['Neo.ClientError.Statement.SyntaxError', 'BAD_USER_INPUT', /boom/],
    [
      'Neo.ClientError.Procedure.ProcedureNotFound',
      'BAD_USER_INPUT',
      /^unknown procedure apoc\.nope: this Neo4j has no such procedure/,
      'There is no procedure with the name `apoc.nope` registered for this database instance. Please ensure you\'ve spelled the procedure name correctly and that the procedure is properly deployed.',
    ],
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'MEMORY_LIMIT_EXCEEDED', /needed more memory than Neo4j allows one transaction/],
    ['Neo.TransientError.General.TransactionOutOfMemoryError', 'MEMORY_LIMIT_EXCEEDED', /needed more memory/],
  ])('classifies %s as %s', (code, appCode, message, text?: string) => {
    const mapped = mapNeo4jError(err(code, text), 'bolt://x:7687');
    expect(mapped.code).toBe(appCode);
    expect(mapped.message).toMatch(message);
  });

  it('treats other transient errors as temporarily unavailable', () => {
    expect(mapNeo4jError(err('Neo.TransientError.General.DatabaseUnavailable'), 'bolt://x').code).toBe('DATABASE_UNAVAILABLE');
  });

  it('says a lost connection means unreachable, a deadlock that outlasted the retries does not', () => {
    expect(meansUnreachable(mapNeo4jError(err('ServiceUnavailable'), 'bolt://x'))).toBe(true);
    expect(meansUnreachable(mapNeo4jError(err('Neo.TransientError.General.DatabaseUnavailable'), 'bolt://x'))).toBe(true);
    const deadlock = mapNeo4jError(err('Neo.TransientError.Transaction.DeadlockDetected'), 'bolt://x');
    expect(deadlock.code).toBe('DATABASE_UNAVAILABLE');
    expect(deadlock.message).toMatch(/could not complete the write for contention \(Neo\.TransientError\.Transaction\.DeadlockDetected\); try again/);
    expect(meansUnreachable(deadlock)).toBe(false);
    expect(meansUnreachable(mapNeo4jError(err('Neo.ClientError.Statement.SyntaxError'), 'bolt://x'))).toBe(false);
  });
});
