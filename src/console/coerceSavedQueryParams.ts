import neo4j from 'neo4j-driver';
import type { CypherFile, CypherParam } from '../graph/cypherRegistry.ts';
import { InvalidInputError } from '../errors/AppError.ts';
import { parseParamValue } from './parseParamValue.ts';

/**
 * Turns raw `--param name=value` texts into the typed parameters a saved query declares in
 * its header (`// param name: type [= default]`), applying defaults. Unknown, missing and
 * mistyped parameters throw, naming the parameter and its expected type.
 */
export function coerceSavedQueryParams(
  query: CypherFile,
  raw: Record<string, string>,
  options: { howToPass?: (name: string) => string } = {},
): Record<string, unknown> {
  const howToPass = options.howToPass ?? ((name: string) => `--param ${name}=...`);
  const declared = new Map(query.params.map((p) => [p.name, p]));
  for (const name of Object.keys(raw)) {
    if (!declared.has(name)) {
      const known = query.params.map((p) => `${p.name} (${p.type})`).join(', ') || 'none';
      throw new InvalidInputError(`saved query ${query.name} has no parameter "${name}"; its parameters: ${known}`, { param: name });
    }
  }
  const params: Record<string, unknown> = {};
  for (const param of query.params) {
    const text = raw[param.name] ?? param.default;
    if (text === undefined) {
      throw new InvalidInputError(
        `saved query ${query.name} needs parameter "${param.name}" (${param.type}${param.description ? `: ${param.description}` : ''}); pass ${howToPass(param.name)}`,
        { param: param.name, type: param.type },
      );
    }
    params[param.name] = coerce(query, param, text);
  }
  return params;
}

function coerce(query: CypherFile, param: CypherParam, text: string): unknown {
  const optional = param.type.endsWith('?');
  const type = param.type.replace(/\?$/, '');
  if (optional && text === 'null') return null;
  const fail = (): never => {
    throw new InvalidInputError(`parameter "${param.name}" of saved query ${query.name} must be ${type} (got "${text}")`, {
      param: param.name,
      type,
    });
  };
  if (type.endsWith('[]')) {
    const list = parseParamValue(text);
    if (!Array.isArray(list)) fail();
    const itemType = type.slice(0, -2);
    return (list as unknown[]).map((item) => coerce(query, { ...param, type: itemType }, typeof item === 'string' ? item : JSON.stringify(toJs(item))));
  }
  switch (type) {
    case 'int':
    case 'integer':
      return /^-?\d+$/.test(text.trim()) ? neo4j.int(text.trim()) : fail();
    case 'float':
    case 'number':
      return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : fail();
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : fail();
    case 'string':
      return text;
    default:
      return parseParamValue(text);
  }
}

function toJs(value: unknown): unknown {
  return neo4j.isInt(value) ? value.toNumber() : value;
}
