import { describe, expect, it } from 'vitest';
import { Neo4jError } from 'neo4j-driver';
import { mapNeo4jError } from '../../src/graph/mapNeo4jError.ts';

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
    ['Neo.ClientError.Procedure.ProcedureNotFound', 'INTERNAL_SERVER_ERROR', /Neo4j error Neo\.ClientError\.Procedure\.ProcedureNotFound/],
  ])('classifies %s as %s', (code, appCode, message) => {
    const mapped = mapNeo4jError(err(code), 'bolt://x:7687');
    expect(mapped.code).toBe(appCode);
    expect(mapped.message).toMatch(message);
  });

  it('treats other transient errors as temporarily unavailable', () => {
    expect(mapNeo4jError(err('Neo.TransientError.General.DatabaseUnavailable'), 'bolt://x').code).toBe('DATABASE_UNAVAILABLE');
  });
});
