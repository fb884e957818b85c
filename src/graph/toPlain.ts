import neo4j, { type Integer } from 'neo4j-driver';

/** True for the driver's date, time, date-time and duration values. */
export function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}

/**
 * Converts a value from neo4j-driver into plain JSON-safe data: Integers become numbers (or
 * decimal strings beyond 2^53), temporal values ISO strings, nodes `{labels, properties}`,
 * relationships `{type, start, end, properties}`, paths `{segments}`.
 */
export function toPlain(value: unknown): unknown {
  // Fast paths first: a compiled statement's answer is mostly strings, numbers, lists and plain
  // maps (a 1 MB subgraph is ~100k values), and each driver type check costs a property read.
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'bigint':
      return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value.toString();
    case 'object':
      break;
    default:
      return value === undefined ? null : value;
  }
  if (value === null) return null;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = toPlain(value[i]);
    return out;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    // The driver decodes Cypher maps into plain objects.
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = toPlain((value as Record<string, unknown>)[key]);
    return out;
  }
  if (neo4j.isInt(value)) {
    // What Integer.toNumber computes, checked for exactness: Integer.inSafeRange compares through
    // Integer arithmetic, allocating several Integers per value (a 10,000-edge subgraph: 8 ms).
    const int = value as Integer;
    const n = int.high * 4294967296 + (int.low >>> 0);
    return Number.isSafeInteger(n) ? n : int.toString();
  }
  if (isTemporal(value)) return String(value);
  if (neo4j.isPoint(value)) {
    const p = value as unknown as { srid: unknown; x: number; y: number; z?: number };
    return { srid: toPlain(p.srid), x: p.x, y: p.y, ...(p.z === undefined ? {} : { z: p.z }) };
  }
  if (neo4j.isNode(value)) {
    return { elementId: value.elementId, labels: [...value.labels], properties: toPlain(value.properties) };
  }
  if (neo4j.isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      startElementId: value.startNodeElementId,
      endElementId: value.endNodeElementId,
      properties: toPlain(value.properties),
    };
  }
  if (neo4j.isPath(value)) {
    return {
      start: toPlain(value.start),
      end: toPlain(value.end),
      segments: value.segments.map((s) => ({
        start: toPlain(s.start),
        relationship: toPlain(s.relationship),
        end: toPlain(s.end),
      })),
    };
  }
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]));
}

/**
 * toPlain for values the caller owns (a record just decoded): the driver's lists and plain
 * maps are converted in place instead of copied, which halves the garbage of a large answer.
 */
export function toPlainInPlace(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return toPlain(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (typeof item === 'object' && item !== null) value[i] = toPlainInPlace(item);
      else if (item === undefined || typeof item === 'bigint') value[i] = toPlain(item);
    }
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key of Object.keys(map)) {
      const item = map[key];
      if (typeof item === 'object' && item !== null) map[key] = toPlainInPlace(item);
      else if (item === undefined || typeof item === 'bigint') map[key] = toPlain(item);
    }
    return map;
  }
  return toPlain(value);
}
