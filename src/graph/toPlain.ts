import neo4j from 'neo4j-driver';

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
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
  }
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value.toString();
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
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}
