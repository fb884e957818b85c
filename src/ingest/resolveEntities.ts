import { aliasKeysOf, keysOfAnyType, normalizeAlias, typedKey } from '../model/aliasKeys.ts';
import type { EntityRegistry, RegistryEntity } from '../model/entityRegistry.ts';
import type { BatchEntity } from '../graph/graphBatch.ts';
import type { FactFile, FactFileEntity } from './factFileSchema.ts';

/** One entity a fact file names, resolved as far as the registry goes; the graph part happens inside the write. */
export interface EntityClaim extends BatchEntity {
  /** The type the file (or the registry) says; for bare references, null (any type). */
  claimedType: string | null;
  /** Where the file first names it (for messages), and the reference it uses there. */
  path: readonly PropertyKey[];
  ref: string;
}

/** The registry-level resolution of a fact file: every reference it uses -> one claim. */
export interface FileResolution {
  /** Claim for every id the file uses (listed entities and fact references). */
  claimOf: Map<string, EntityClaim>;
  /** The distinct claims (one per canonical entity as far as the registry knows). */
  claims: EntityClaim[];
}

/**
 * Resolves what the entity registry can decide before the graph is consulted: exact registry
 * id, then registry alias (same type). Other listed entities become claims that writeBatch
 * resolves against the graph (exact id, then alias key, then a new entity claiming its name
 * key); references that are neither listed nor in the registry become bare lookups (any type;
 * unresolved = dangling). The same function serves dry runs and writes.
 */
export function resolveEntities(factFile: FactFile, registry: EntityRegistry): FileResolution {
  const claimOf = new Map<string, EntityClaim>();
  const byHandle = new Map<string, EntityClaim>();
  const use = (ref: string, claim: EntityClaim) => {
    const prior = byHandle.get(claim.handle);
    if (!prior) byHandle.set(claim.handle, claim);
    else mergeClaim(prior, claim);
    claimOf.set(ref, byHandle.get(claim.handle)!);
  };
  factFile.entities.forEach((entity, i) => {
    const path = ['entities', i, 'id'] as const;
    const exact = registry.get(entity.id);
    const known = exact && exact.type === entity.type ? exact : resolveInRegistry(entity, registry);
    use(entity.id, known ? registryClaim(known, [entity.name, ...entity.aliases], entity.id, path) : listedClaim(entity, path));
  });
  factFile.facts.forEach((fact, i) => {
    for (const role of ['subject', 'object'] as const) {
      const ref = fact[role];
      if (claimOf.has(ref)) continue;
      const path = ['facts', i, role] as const;
      const known = registry.get(ref) ?? registry.resolve(ref);
      use(ref, known ? registryClaim(known, [], ref, path) : bareClaim(ref, path));
    }
  });
  return { claimOf, claims: [...byHandle.values()] };
}

/** Folds a later claim on the same entity into the first: aliases and keys accumulate. */
export function mergeClaim(into: EntityClaim, other: BatchEntity): void {
  into.aliases = unique([...into.aliases, ...other.aliases].filter((a) => a !== into.name));
  into.aliasKeys = unique([...into.aliasKeys, ...other.aliasKeys]);
  into.keys = unique([...into.keys, ...other.keys]);
  into.lookupKeys = unique([...into.lookupKeys, ...other.lookupKeys]);
  into.kind ??= other.kind;
  into.description ??= other.description;
  into.wikidata ??= other.wikidata;
}

function registryClaim(known: RegistryEntity, surface: readonly string[], ref: string, path: readonly PropertyKey[]): EntityClaim {
  const aliases = unique([...known.aliases, ...surface].filter((a) => a !== known.name));
  const aliasKeys = aliasKeysOf({ name: known.name, aliases });
  return {
    handle: `id:${known.id}`,
    id: known.id,
    type: known.type,
    name: known.name,
    aliases,
    aliasKeys,
    keys: aliasKeys.map((k) => typedKey(known.type, k)),
    // A registry id is canonical: the exact id decides, and the id constraint makes concurrent creation safe.
    lookupKeys: [],
    claimKey: null,
    create: true,
    kind: known.kind ?? null,
    description: known.description ?? null,
    wikidata: known.wikidata ?? null,
    origin: null,
    claimedType: known.type,
    path,
    ref,
  };
}

function listedClaim(entity: FactFileEntity, path: readonly PropertyKey[]): EntityClaim {
  const aliasKeys = aliasKeysOf(entity);
  const keys = aliasKeys.map((k) => typedKey(entity.type, k));
  const idKey = normalizeAlias(entity.id);
  return {
    handle: `new:${entity.type}:${entity.id}`,
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: unique(entity.aliases.filter((a) => a !== entity.name)),
    aliasKeys,
    keys,
    lookupKeys: unique([...keys, ...(idKey ? [typedKey(entity.type, idKey)] : [])]),
    // The name key: two writers of the same new entity (any id, any spelling of the name) claim it, one wins.
    claimKey: keys[0] ?? null,
    create: true,
    kind: entity.kind ?? null,
    description: entity.description ?? null,
    wikidata: entity.wikidata ?? null,
    origin: null,
    claimedType: entity.type,
    path,
    ref: entity.id,
  };
}

function bareClaim(ref: string, path: readonly PropertyKey[]): EntityClaim {
  return {
    handle: `ref:${ref}`,
    id: ref,
    type: 'Entity',
    name: null,
    aliases: [],
    aliasKeys: [],
    keys: [],
    lookupKeys: keysOfAnyType(ref),
    claimKey: null,
    create: false,
    kind: null,
    description: null,
    wikidata: null,
    origin: null,
    claimedType: null,
    path,
    ref,
  };
}

function resolveInRegistry(entity: FactFileEntity, registry: EntityRegistry): RegistryEntity | undefined {
  for (const form of [entity.id, entity.name, ...entity.aliases]) {
    const known = registry.resolve(form);
    if (known && known.type === entity.type) return known;
  }
  return undefined;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
