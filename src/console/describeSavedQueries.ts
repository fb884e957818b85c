import type { CypherFile } from '../graph/cypherRegistry.ts';

/** A plain-text listing of saved queries: name, parameters with types and defaults, description. */
export function describeSavedQueries(saved: readonly CypherFile[]): string {
  if (saved.length === 0) return 'no saved queries in cypher/queries/explore\n';
  const signature = (q: CypherFile) =>
    `${q.name}${q.params.length ? ` ${q.params.map((p) => `${p.name}:${p.type}${p.default !== undefined ? `=${p.default}` : ''}`).join(' ')}` : ''}`;
  const width = Math.max(...saved.map((q) => signature(q).length));
  return saved.map((q) => `${signature(q).padEnd(width)}  ${q.description}\n`).join('');
}
