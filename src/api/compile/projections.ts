import { checkLimit } from '../apiLimits.ts';
import { decodeCursor } from '../pagination.ts';
import { childFields, mergeFields, selects, type SelectedField } from './selectFields.ts';
import { indent, mapLiteral, relationshipTypes, type StatementBuilder } from './StatementBuilder.ts';

/**
 * Map projections for the object types of the schema, keyed by GraphQL response key (so
 * aliases of one field with different arguments each get their own expression). Nested
 * lists become COLLECT / COUNT subqueries of the same statement: a root field is answered by
 * one statement, whatever its selection. Resolvers read the keys back (see keyedFields.ts).
 */

/** Order of fact lists: newest first by the stored sortable date (undated = '' last), then id. */
export const FACT_ORDER = (f: string) => `${f}.sortDate DESC, ${f}.id`;

/** Scalar entity fields as expressions over the entity variable. */
function entityScalar(v: string, name: string): string | undefined {
  switch (name) {
    case 'id':
    case 'name':
    case 'kind':
    case 'description':
      return `${v}.${name}`;
    case 'aliases':
      return `coalesce(${v}.aliases, [])`;
    case 'type':
      return `[l IN labels(${v}) WHERE l <> 'Entity'][0]`;
    default:
      return undefined;
  }
}

/** True when the selection reads only the entity's own properties (no subquery needed). */
export function isFlat(fields: SelectedField[]): boolean {
  return fields.every((f) => f.fields.length === 0 && f.name !== 'degree');
}

/** An Entity projection of the node bound to `v`. */
export function entityProjection(b: StatementBuilder, v: string, fields: SelectedField[]): string {
  return mapLiteral(
    fields.map((field): [string, string] => {
      const scalar = entityScalar(v, field.name);
      if (scalar) return [field.key, scalar];
      switch (field.name) {
        case 'degree':
          // Facts point at their entities with SUBJECT / OBJECT only: the node's degree, no expansion.
          return [field.key, `COUNT { (${v})<-[:SUBJECT|OBJECT]-() }`];
        case 'offices': {
          const f = b.variable('f');
          return [field.key, `COLLECT {\n  MATCH (${v})<-[:SUBJECT]-(${f}:Fact {relation: 'HOLDS_OFFICE'})\n  WITH ${f} ORDER BY ${FACT_ORDER(f)} LIMIT 100\n  RETURN ${indent(factProjection(b, f, field.fields))}\n}`];
        }
        case 'timeline': {
          const limit = b.int('timelineFirst', checkLimit('first', field.args.first, 'first', 0));
          const f = b.variable('f');
          return [
            field.key,
            `COLLECT {\n  MATCH (${v})<-[:SUBJECT|OBJECT]-(${f}:Fact)\n  WITH DISTINCT ${f} ORDER BY ${f}.firstDate IS NULL, ${f}.firstDate, ${f}.lastDate, ${f}.id LIMIT ${limit}\n  RETURN ${indent(factProjection(b, f, field.fields))}\n}`,
          ];
        }
        case 'relations':
          return [field.key, relationsConnection(b, v, field)];
        default:
          throw new Error(`Entity.${field.name} has no projection`);
      }
    }),
  );
}

/** An Entity projection of any expression (a variable is projected directly, anything else bound first). */
export function entityAt(b: StatementBuilder, expr: string, fields: SelectedField[]): string {
  if (/^\w+$/.test(expr)) return entityProjection(b, expr, fields);
  if (isFlat(fields)) return entityProjection(b, `(${expr})`, fields);
  const v = b.variable('e');
  return `COLLECT { WITH ${expr} AS ${v} RETURN ${entityProjection(b, v, fields)} }[0]`;
}

/** Date filter on a fact (or its edge): the [first, last] span overlaps [from, to] at the coarser precision. */
export function dateConditions(b: StatementBuilder, first: string, last: string, from: string | null | undefined, to: string | null | undefined): string[] {
  const out: string[] = [];
  // last >= from at the coarser precision <=> last >= from, or last is a shorter prefix of from ("2020" for "2020-05").
  if (from) out.push(`(${last} >= ${b.param('from', from)} OR ${last} IN ${b.param('fromPrefixes', partialPrefixes(from))})`);
  // first <= to at the coarser precision <=> first <= to, or first is a longer date inside to ("2020-05-03" for "2020-05").
  if (to) {
    const p = b.param('to', to);
    out.push(`(${first} <= ${p} OR ${first} STARTS WITH ${p})`);
  }
  return out;
}

/** The coarser partial dates a date starts with: "2020-05-03" -> ["2020", "2020-05"]. */
export function partialPrefixes(date: string): string[] {
  return [4, 7].filter((n) => date.length > n).map((n) => date.slice(0, n));
}

/** Entity.relations as a connection object: {__nodes, __total, __offset} (FactConnection resolvers finish it). */
function relationsConnection(b: StatementBuilder, v: string, field: SelectedField): string {
  const { types, direction, from, to, first, after } = field.args;
  const limit = checkLimit('first', first, 'first', 0);
  const skip = decodeCursor(after);
  const f = b.variable('f');
  const role = direction === 'OUTGOING' ? 'SUBJECT' : direction === 'INCOMING' ? 'OBJECT' : 'SUBJECT|OBJECT';
  const where = [...(types ? [`${f}.relation IN ${b.param('types', [...types])}`] : []), ...dateConditions(b, `${f}.firstDate`, `${f}.sortDate`, from, to)];
  const match = `MATCH (${v})<-[:${role}]-(${f}:Fact)${where.length ? `\n  WHERE ${where.join(' AND ')}` : ''}`;
  const distinct = role.includes('|') ? 'DISTINCT ' : '';
  const nodes = connectionNodes(field.fields);
  const entries: [string, string][] = [];
  if (needsNodes(field.fields)) {
    const page = skip ? `SKIP ${b.int('skip', skip)} LIMIT ${b.int('first', limit)}` : `LIMIT ${b.int('first', limit)}`;
    entries.push(['__nodes', `COLLECT {\n  ${match}\n  WITH ${distinct}${f} ORDER BY ${FACT_ORDER(f)} ${page}\n  RETURN ${indent(factProjection(b, f, nodes))}\n}`]);
  }
  if (needsTotal(field.fields)) entries.push(['__total', `COUNT {\n  ${match}\n  RETURN ${distinct}${f}\n}`]);
  entries.push(['__offset', String(skip)]);
  return mapLiteral(entries);
}

/** The node fields of a connection selection: `nodes` and `edges { node }` merged. */
export function connectionNodes(fields: SelectedField[]): SelectedField[] {
  return mergeFields([...childFields(fields, 'nodes'), ...childFields(childFields(fields, 'edges'), 'node')]);
}

/** A connection needs its page when nodes, edges or the end cursor are selected. */
export function needsNodes(fields: SelectedField[]): boolean {
  return selects(fields, 'nodes') || selects(fields, 'edges') || selects(fields, 'pageInfo');
}

/** A connection needs the count when totalCount or pageInfo (hasNextPage) is selected. */
export function needsTotal(fields: SelectedField[]): boolean {
  return selects(fields, 'totalCount') || selects(fields, 'pageInfo');
}

/** Scalar fact fields, read from the Fact node or from its traversal edge (which carries the same properties). */
function factScalar(x: string, name: string, onEdge: boolean): string | undefined {
  switch (name) {
    case 'id':
      return onEdge ? `${x}.factId` : `${x}.id`;
    case 'relation':
      return onEdge ? `type(${x})` : `${x}.relation`;
    case 'firstDate':
    case 'lastDate':
    case 'status':
    case 'confidence':
      return `${x}.${name}`;
    case 'sourceCount':
      return `coalesce(${x}.sourceCount, 0)`;
    case 'properties':
      return `properties(${x})`;
    default:
      return undefined;
  }
}

/** A Fact projection of the Fact node bound to `f`. */
export function factProjection(b: StatementBuilder, f: string, fields: SelectedField[]): string {
  return mapLiteral(
    fields.map((field): [string, string] => {
      const scalar = factScalar(f, field.name, false);
      if (scalar) return [field.key, scalar];
      switch (field.name) {
        case 'subject':
        case 'object': {
          const e = b.variable(field.name === 'subject' ? 's' : 'o');
          return [field.key, `COLLECT { MATCH (${f})-[:${field.name.toUpperCase()}]->(${e}:Entity) RETURN ${entityProjection(b, e, field.fields)} }[0]`];
        }
        case 'sources':
          return [field.key, sourcesProjection(b, f, field.fields)];
        default:
          throw new Error(`Fact.${field.name} has no projection`);
      }
    }),
  );
}

/** A Fact projection of a traversal edge bound to `r`: read from the edge itself unless sources are selected. */
export function edgeFactProjection(b: StatementBuilder, r: string, fields: SelectedField[]): string {
  if (selects(fields, 'sources')) {
    const f = b.variable('f');
    return `COLLECT { MATCH (${f}:Fact {id: ${r}.factId}) RETURN ${factProjection(b, f, fields)} }[0]`;
  }
  return mapLiteral(
    fields.map((field): [string, string] => {
      const scalar = factScalar(r, field.name, true);
      if (scalar) return [field.key, scalar];
      if (field.name === 'subject') return [field.key, entityAt(b, `startNode(${r})`, field.fields)];
      if (field.name === 'object') return [field.key, entityAt(b, `endNode(${r})`, field.fields)];
      throw new Error(`Fact.${field.name} has no projection`);
    }),
  );
}

/** Fact.sources: one entry per reporting article, oldest report first. */
function sourcesProjection(b: StatementBuilder, f: string, fields: SelectedField[]): string {
  const a = b.variable('a');
  const r = b.variable('r');
  const entries = fields.map((field): [string, string] => {
    if (field.name === 'article') return [field.key, articleProjection(b, a, field.fields)];
    return [field.key, `${r}.${field.name}`];
  });
  return `COLLECT {\n  MATCH (${a}:Article)-[${r}:REPORTS]->(${f})\n  WITH ${a}, ${r} ORDER BY coalesce(${r}.date, ${a}.publishedAt, ''), ${a}.id\n  RETURN ${indent(mapLiteral(entries))}\n}`;
}

/** An Article projection of the node bound to `a`. */
export function articleProjection(b: StatementBuilder, a: string, fields: SelectedField[]): string {
  return mapLiteral(
    fields.map((field): [string, string] => {
      switch (field.name) {
        case 'facts': {
          const f = b.variable('f');
          return [field.key, `COLLECT {\n  MATCH (${a})-[:REPORTS]->(${f}:Fact)\n  WITH DISTINCT ${f} ORDER BY ${f}.id\n  RETURN ${indent(factProjection(b, f, field.fields))}\n}`];
        }
        case 'entities': {
          const e = b.variable('e');
          return [field.key, `COLLECT {\n  MATCH (${a})-[:MENTIONS]->(${e}:Entity)\n  WITH DISTINCT ${e} ORDER BY ${e}.name, ${e}.id\n  RETURN ${indent(entityProjection(b, e, field.fields))}\n}`];
        }
        default:
          return [field.key, `${a}.${field.name}`];
      }
    }),
  );
}

/** `:A|B|C` for traversal edges of the given relation types (all when none), from the vocabulary. */
export function traversal(types: readonly string[] | null | undefined): string {
  return `:${relationshipTypes(types)}`;
}
