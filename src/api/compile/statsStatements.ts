import { ENTITY_TYPES, RELATION_TYPES } from '../../model/vocabulary.ts';
import { checkLimit } from '../apiLimits.ts';
import { call, entityProjection } from './projections.ts';
import type { SelectedField } from './selectFields.ts';
import { entityLabel, indent, mapLiteral, relationshipTypes, StatementBuilder, type Statement } from './StatementBuilder.ts';

/**
 * Query.stats: counts per entity type and per relation type from Neo4j's count store (one
 * `count()` per label / relationship type: every fact has exactly one traversal edge of its
 * relation's type), the most connected entities by node degree. Only the selected parts run.
 */
export function statsStatement(fields: SelectedField[]): Statement {
  const b = new StatementBuilder();
  const parts: string[] = [];
  const out: [string, string][] = [];
  for (const field of fields) {
    if (field.name === 'entityCounts') {
      const counts = ENTITY_TYPES.map((t) => `CALL () { MATCH (x:${entityLabel(t)}) RETURN count(x) AS ${t} }`);
      parts.push(...counts);
      const rows = ENTITY_TYPES.map((t) => countEntry(field, 'type', t, t));
      out.push([field.key, `[x IN [${rows.join(', ')}] WHERE x.__count > 0]`]);
    } else if (field.name === 'relationCounts') {
      const counts = RELATION_TYPES.map((t) => `CALL () { MATCH ()-[x:${relationshipTypes([t])}]->() RETURN count(x) AS ${t} }`);
      parts.push(...counts);
      const rows = RELATION_TYPES.map((t) => countEntry(field, 'relation', t, t));
      out.push([field.key, `[x IN [${rows.join(', ')}] WHERE x.__count > 0]`]);
    } else if (field.name === 'mostConnected') {
      out.push([field.key, mostConnected(b, field, parts)]);
    }
  }
  const dedup = [...new Set(parts)];
  return b.build(`${dedup.join('\n')}${dedup.length ? '\n' : ''}RETURN ${indent(mapLiteral(out.length ? out : [['__empty', 'true']]), 0)} AS stats`);
}

/** One TypeCount / RelationCount entry keyed by response key, plus __count for the filter and the order. */
function countEntry(field: SelectedField, nameField: string, value: string, column: string): string {
  const entries: [string, string][] = field.fields.map((f) => [f.key, f.name === nameField ? `'${value}'` : column]);
  return mapLiteral([...entries, ['__count', column], ['__name', `'${value}'`]]);
}

/** Stats.mostConnected: the top entities by number of facts (of one relation: by edges of that type). */
function mostConnected(b: StatementBuilder, field: SelectedField, parts: string[]): string {
  const limit = b.int('mostConnectedFirst', checkLimit('first', field.args.first, 'first', 0));
  const degree = field.args.relation ? `COUNT { (e)-[:${relationshipTypes([field.args.relation])}]-() }` : 'COUNT { (e)<-[:SUBJECT|OBJECT]-() }';
  const clauses: string[] = [];
  const entries = field.fields.map((f): [string, string] => {
    if (f.name === 'degree') return [f.key, 'degree'];
    const p = entityProjection(b, 'e', f.fields);
    clauses.push(...p.clauses);
    return [f.key, p.expr];
  });
  const name = b.variable(field.key);
  parts.push(call('', ['MATCH (e:Entity)', `WITH e, ${degree} AS degree`, 'WHERE degree > 0', `ORDER BY degree DESC, e.name, e.id LIMIT ${limit}`, ...clauses, `RETURN collect(${mapLiteral(entries)}) AS ${name}`].join('\n')));
  return name;
}
