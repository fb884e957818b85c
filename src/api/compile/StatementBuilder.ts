import neo4j from 'neo4j-driver';
import { InvalidInputError } from '../../errors/AppError.ts';
import { ENTITY_TYPES, isRelationType, RELATION_TYPES } from '../../model/vocabulary.ts';

/** The time arguments of a field (src/api/compile/timeFilters.ts): valid time asOf, record time knownAt (normalised). */
export interface TimeArgs {
  asOf?: string | null;
  knownAt?: string | null;
}

/** A compiled statement: Cypher text plus its parameters. User input only ever reaches `params`. */
export interface Statement {
  text: string;
  params: Record<string, unknown>;
  /** List columns whose items are tuples (lists of values by position) rather than maps, with the keys to read them back (compile/tuples.ts). */
  tuples?: Record<string, Shape>;
}

/** How a tuple reads back into an object: the key of each value in order; a nested object's values follow one another in the same tuple. */
export type Shape = readonly (string | readonly [string, Shape])[];

/**
 * Collects parameters and fresh variable names while a statement is assembled. Only three
 * things are written into the text: variable names it makes up, map keys that are GraphQL
 * response keys (checked against the GraphQL name grammar) and relationship types / labels
 * from the vocabulary (checked again here); every value is a parameter.
 */
export class StatementBuilder {
  readonly params: Record<string, unknown> = {};
  private readonly used = new Map<string, number>();
  private readonly sharedNames = new Map<string, string>();
  private variables = 0;
  /** The root field's asOf / knownAt: nested fact lists inherit them unless given their own. */
  time: TimeArgs | null = null;
  private readonly tupleColumns: Record<string, Shape> = {};

  /** Adds a parameter named after `hint` (hint, hint_2, ...) and returns its `$name`. */
  param(hint: string, value: unknown): string {
    const n = (this.used.get(`$${hint}`) ?? 0) + 1;
    this.used.set(`$${hint}`, n);
    const name = n === 1 ? hint : `${hint}_${n}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** A parameter reused for every use of the same hint and value ($asOf once, however many conditions read it). */
  shared(hint: string, value: unknown): string {
    const key = `${hint}\u0000${JSON.stringify(value)}`;
    let name = this.sharedNames.get(key);
    if (!name) this.sharedNames.set(key, (name = this.param(hint, value)));
    return name;
  }

  /** A whole-number parameter (sent as a Cypher INTEGER: LIMIT, SKIP and slices refuse floats). */
  int(hint: string, value: number): string {
    return this.param(hint, neo4j.int(value));
  }

  /** A fresh variable for a nested scope (f_1, e_2, ...): never equal to the fixed names statements use (e, f, r, n, level1...). */
  variable(hint: string): string {
    this.variables++;
    return `${hint}_${this.variables}`;
  }

  /** Marks the list column `name` as a list of tuples of this shape. */
  tupleColumn(name: string, shape: Shape): void {
    this.tupleColumns[name] = shape;
  }

  build(text: string): Statement {
    const statement: Statement = { text: text.trim(), params: this.params };
    if (Object.keys(this.tupleColumns).length) statement.tuples = this.tupleColumns;
    return statement;
  }
}

/** The GraphQL name grammar: response keys (and map keys made from them) are letters, digits and _. */
export const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** A map key for a GraphQL response key (GraphQL names are letters, digits and _, so backticks are safe). */
export function mapKey(key: string): string {
  if (!GRAPHQL_NAME.test(key)) throw new InvalidInputError(`not a GraphQL name: ${JSON.stringify(key)}`);
  return /^[a-z][A-Za-z0-9]*$/.test(key) && !RESERVED.has(key.toUpperCase()) ? key : `\`${key}\``;
}

const RESERVED = new Set(['ALL', 'AND', 'AS', 'CASE', 'CONTAINS', 'COUNT', 'DISTINCT', 'ELSE', 'END', 'EXISTS', 'FALSE', 'IN', 'IS', 'NOT', 'NULL', 'OR', 'TRUE', 'WHEN', 'THEN', 'XOR', 'WHERE', 'RETURN', 'MATCH', 'WITH', 'ORDER', 'BY', 'LIMIT', 'SKIP', 'UNION', 'CALL', 'YIELD']);

/** A map literal from (key, expression) pairs. */
export function mapLiteral(entries: [string, string][]): string {
  return `{${entries.map(([k, v]) => `${mapKey(k)}: ${v}`).join(', ')}}`;
}

/** `A|B|C` for a relationship pattern: every type must be in the vocabulary (types never come from free text). */
export function relationshipTypes(types: readonly string[] | null | undefined): string {
  const list = types && types.length ? [...new Set(types)] : [...RELATION_TYPES];
  for (const t of list) if (!isRelationType(t)) throw new InvalidInputError(`unknown relation type ${JSON.stringify(t)}`, { argument: 'relationTypes' });
  return list.join('|');
}

/** An entity type label (`:Person`), checked against the vocabulary. */
export function entityLabel(type: string): string {
  if (!(ENTITY_TYPES as readonly string[]).includes(type)) throw new InvalidInputError(`unknown entity type ${JSON.stringify(type)}`, { argument: 'type' });
  return type;
}

/** Indents every line after the first by `n` spaces (nested subqueries stay readable). */
export function indent(text: string, n = 2): string {
  return text.replaceAll('\n', `\n${' '.repeat(n)}`);
}
