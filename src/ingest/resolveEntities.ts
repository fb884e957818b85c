import { aliasKeysOf, normalizeAlias, type EntityRegistry, type RegistryEntity } from '../model/entityRegistry.ts';
import { isEntityType, type EntityType } from '../model/vocabulary.ts';
import type { FactFile, FactFileEntity } from './factFileSchema.ts';
import type { SourceIssue } from './invalidFactFile.ts';

/** An entity already in the graph, as ingest/find-entities returns it. */
export interface GraphEntity {
  id: string;
  type: string;
  aliasKeys: string[];
}

/** One row for ingest/merge-entities. */
export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  aliasKeys: string[];
  kind: string | null;
  description: string | null;
  wikidata: string | null;
}

export interface Resolution {
  /** Canonical entity id for every id the file uses (listed entities and fact references). */
  idOf: Map<string, string>;
  /** Canonical entities, by id. */
  entities: Map<string, EntityRow>;
  /** Canonical ids that already exist in the graph. */
  existing: Set<string>;
  issues: SourceIssue[];
}

/** What to look up in the graph before resolving: every id and alias key the file uses. */
export function resolutionLookups(factFile: FactFile, registry: EntityRegistry): { ids: string[]; keys: string[] } {
  const ids = new Set<string>();
  const keys = new Set<string>();
  for (const ref of referencedIds(factFile)) {
    ids.add(ref);
    keys.add(normalizeAlias(ref));
    const known = registry.get(ref) ?? registry.resolve(ref);
    if (known) ids.add(known.id);
  }
  for (const entity of factFile.entities) {
    for (const key of aliasKeysOf(entity)) keys.add(key);
    const known = resolveInRegistry(entity, registry);
    if (known) ids.add(known.id);
  }
  keys.delete('');
  return { ids: [...ids], keys: [...keys] };
}

/**
 * Maps every entity a fact file names to one canonical entity, so the same actor never becomes
 * two nodes: exact registry id, exact graph id, registry alias, graph alias (same type), and
 * only then a new entity. A listed entity never merges into one of another type.
 */
export function resolveEntities(factFile: FactFile, registry: EntityRegistry, graphEntities: readonly GraphEntity[]): Resolution {
  const graphById = new Map(graphEntities.map((g) => [g.id, g]));
  const idOf = new Map<string, string>();
  const entities = new Map<string, EntityRow>();
  const existing = new Set<string>();
  const issues: SourceIssue[] = [];

  const add = (row: EntityRow) => {
    const prior = entities.get(row.id);
    if (!prior) return void entities.set(row.id, row);
    prior.aliases = unique([...prior.aliases, ...row.aliases].filter((a) => a !== prior.name));
    prior.aliasKeys = unique([...prior.aliasKeys, ...row.aliasKeys]);
  };

  const resolveOne = (ref: string, entity: FactFileEntity | undefined, where: readonly PropertyKey[]) => {
    const surface = entity ? [entity.name, ...entity.aliases] : [];
    const fromRegistry = (known: RegistryEntity) => {
      const aliases = unique([...known.aliases, ...surface].filter((a) => a !== known.name));
      add({ ...row(known), aliases, aliasKeys: aliasKeysOf({ name: known.name, aliases }) });
      if (graphById.has(known.id)) existing.add(known.id);
      return known.id;
    };
    const fromGraph = (g: GraphEntity) => {
      existing.add(g.id);
      const type = isEntityType(g.type) ? g.type : (entity?.type ?? 'Organization');
      add({ id: g.id, type, name: entity?.name ?? g.id, aliases: surface, aliasKeys: entity ? aliasKeysOf(entity) : [], kind: null, description: null, wikidata: null });
      return g.id;
    };
    const sameType = (type: string) => !entity || entity.type === type;

    const exactRegistry = registry.get(ref);
    if (exactRegistry && sameType(exactRegistry.type)) return fromRegistry(exactRegistry);
    const exactGraph = graphById.get(ref);
    if (exactGraph) {
      if (!sameType(exactGraph.type)) {
        issues.push({ path: where, message: `entity "${ref}" is a ${exactGraph.type} in the graph, but this file says ${entity!.type}` });
        return undefined;
      }
      return fromGraph(exactGraph);
    }
    const aliasRegistry = entity ? resolveInRegistry(entity, registry) : registry.resolve(ref);
    if (aliasRegistry && sameType(aliasRegistry.type)) return fromRegistry(aliasRegistry);
    const keys = new Set(entity ? [normalizeAlias(ref), ...aliasKeysOf(entity)] : [normalizeAlias(ref)]);
    const aliasGraph = graphEntities
      .filter((g) => sameType(g.type) && g.aliasKeys.some((k) => keys.has(k)))
      .sort((a, b) => a.id.localeCompare(b.id))[0];
    if (aliasGraph) return fromGraph(aliasGraph);
    if (entity) {
      add({ ...row(entity), aliasKeys: aliasKeysOf(entity) });
      return entity.id;
    }
    issues.push({ path: where, message: `dangling reference "${ref}": not an entity of this file, of the entity registry or of the graph` });
    return undefined;
  };

  factFile.entities.forEach((entity, i) => {
    const id = resolveOne(entity.id, entity, ['entities', i, 'id']);
    if (id) idOf.set(entity.id, id);
  });
  factFile.facts.forEach((fact, i) => {
    for (const role of ['subject', 'object'] as const) {
      const ref = fact[role];
      if (idOf.has(ref)) continue;
      const id = resolveOne(ref, undefined, ['facts', i, role]);
      if (id) idOf.set(ref, id);
    }
  });
  return { idOf, entities, existing, issues };
}

function referencedIds(factFile: FactFile): Set<string> {
  const refs = new Set(factFile.entities.map((e) => e.id));
  for (const fact of factFile.facts) refs.add(fact.subject).add(fact.object);
  return refs;
}

function resolveInRegistry(entity: FactFileEntity, registry: EntityRegistry): RegistryEntity | undefined {
  for (const form of [entity.id, entity.name, ...entity.aliases]) {
    const known = registry.resolve(form);
    if (known && known.type === entity.type) return known;
  }
  return undefined;
}

function row(entity: FactFileEntity): Omit<EntityRow, 'aliasKeys'> {
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: unique(entity.aliases.filter((a) => a !== entity.name)),
    kind: entity.kind ?? null,
    description: entity.description ?? null,
    wikidata: entity.wikidata ?? null,
  };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
