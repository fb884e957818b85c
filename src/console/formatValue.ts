import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';
import { isTemporal } from '../graph/toPlain.ts';

/** Properties tried in order to name a node in one short label. */
const NAME_KEYS = ['name', 'title', 'id', 'version'];

/**
 * Formats a value from neo4j-driver for a person to read: nodes as `(:Label {name: "…"})`,
 * relationships as `-[:TYPE]->`, paths as chains, integers and temporal values as Cypher
 * prints them. Top-level strings are bare; strings inside lists and maps are quoted.
 */
export function formatValue(value: unknown, nested = false): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return nested ? JSON.stringify(value) : value;
  // The driver returns Cypher integers as Integer objects, so a plain number is a float: keep its ".0".
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(1) : String(value);
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (neo4j.isInt(value)) return value.toString();
  if (isTemporal(value)) return String(value);
  if (neo4j.isPoint(value)) return String(value);
  if (neo4j.isNode(value)) return formatNode(value);
  if (neo4j.isRelationship(value)) return `-[:${value.type}]->`;
  if (neo4j.isPath(value)) return formatPath(value);
  if (Array.isArray(value)) return `[${value.map((v) => formatValue(v, true)).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${formatValue(v, true)}`);
    return `{${entries.join(', ')}}`;
  }
  return String(value);
}

function formatNode(node: Node): string {
  const labels = node.labels.map((l) => `:${l}`).join('');
  const key = NAME_KEYS.find((k) => node.properties[k] !== undefined && node.properties[k] !== null);
  const props = key ? ` {${key}: ${formatValue(node.properties[key], true)}}` : '';
  return `(${labels}${props})`;
}

// Each segment's arrow follows the relationship's own direction, not the path's.
function formatPath(path: Path): string {
  let out = formatNode(path.start);
  for (const segment of path.segments) {
    const rel: Relationship = segment.relationship;
    const forward = rel.startNodeElementId === segment.start.elementId;
    out += forward ? `-[:${rel.type}]->` : `<-[:${rel.type}]-`;
    out += formatNode(segment.end);
  }
  return out;
}
