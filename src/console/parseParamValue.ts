import neo4j from 'neo4j-driver';

/**
 * Parses a console parameter value the way an analyst types it: JSON (numbers, booleans,
 * null, lists, maps, "strings"), a 'single-quoted' string, or else the bare text as a string.
 * Whole numbers become Neo4j integers, because a JavaScript number is sent as a float and
 * `LIMIT $n` or `range(1, $n)` refuse floats.
 */
export function parseParamValue(text: string): unknown {
  const trimmed = text.trim();
  if (/^'.*'$/s.test(trimmed)) return trimmed.slice(1, -1);
  try {
    return toNeo4jNumbers(JSON.parse(trimmed));
  } catch {
    return text;
  }
}

function toNeo4jNumbers(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toNeo4jNumbers);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4jNumbers(v)]));
  }
  return value;
}
