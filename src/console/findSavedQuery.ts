import type { CypherFile, CypherRegistry } from '../graph/cypherRegistry.ts';
import { NotFoundError } from '../errors/AppError.ts';
import { suggestNames } from './suggestNames.ts';

/** The folder of cypher/queries that holds the analysts' saved queries. */
export const SAVED_QUERY_AREA = 'explore';

/** The saved query `name`; an unknown name throws with the closest names (or all of them). */
export function findSavedQuery(registry: CypherRegistry, name: string): CypherFile {
  const saved = registry.area(SAVED_QUERY_AREA);
  const found = saved.find((q) => q.name === name);
  if (found) return found;
  const names = saved.map((q) => q.name);
  const close = suggestNames(name, names);
  const hint = close.length ? `did you mean ${close.join(', ')}?` : `saved queries: ${names.join(', ')}`;
  throw new NotFoundError(`no saved query "${name}"; ${hint} ("newsgraph queries" lists them)`, { name, suggestions: close });
}
