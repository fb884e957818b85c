/** What the console decided about a statement from its EXPLAIN plan. */
export type PlanVerdict =
  | { kind: 'read' }
  /** Refused unless `--write`: it changes data or schema, or reaches outside the database. */
  | { kind: 'write'; reason: string }
  /** Refused even with `--write`: it cannot run inside a transaction function. */
  | { kind: 'impossible'; reason: string };

/** Plan operators (without their `@db` suffix) that make a read-typed plan unsafe anyway. */
const UNSAFE_READ_OPERATORS: Record<string, string> = {
  LoadCSV: 'LOAD CSV reads files or URLs from the database server',
  TerminateTransactions: 'TERMINATE TRANSACTIONS stops other users\' work',
};

/** Operators of `CALL { } IN TRANSACTIONS`, which needs an auto-commit transaction. */
const IN_TRANSACTIONS_OPERATORS = new Set(['TransactionForeach', 'TransactionApply']);

/**
 * Classifies a statement from its EXPLAIN summary: the query type Neo4j reports ('r', 'rw',
 * 'w', 's') and the operator names of its plan. Only a plan Neo4j itself calls read-only,
 * with none of the unsafe operators, runs without `--write`.
 */
export function classifyPlan(queryType: string | undefined, operators: readonly string[]): PlanVerdict {
  const ops = operators.map((o) => o.replace(/@.*$/, ''));
  if (ops.some((o) => IN_TRANSACTIONS_OPERATORS.has(o))) {
    return {
      kind: 'impossible',
      reason:
        'CALL { } IN TRANSACTIONS needs an auto-commit transaction, and the newsgraph console runs every statement inside a transaction function',
    };
  }
  const unsafe = ops.find((o) => o in UNSAFE_READ_OPERATORS);
  if (unsafe) return { kind: 'write', reason: UNSAFE_READ_OPERATORS[unsafe]! };
  if (queryType === 'r') return { kind: 'read' };
  const writers = [...new Set(ops.filter((o) => !READ_OPERATOR.test(o)))];
  const detail = writers.length ? ` (plan: ${writers.join(', ')})` : '';
  if (queryType === 's') return { kind: 'write', reason: `it is a schema or administration command${detail}` };
  return { kind: 'write', reason: `it writes to the graph${detail}` };
}

// Operators that only read; whatever is left in a write plan names what it writes.
const READ_OPERATOR = /^(ProduceResults|EmptyResult|Argument|Filter|Projection|Apply|.*Scan.*|.*Seek.*|Expand.*|Optional.*|Limit|Skip|Sort|Top|Distinct|.*Aggregation|Eager.*|Unwind|CartesianProduct|.*Join.*|Selection|EmptyRow|Union|.*Apply)$/;
