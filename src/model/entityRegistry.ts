import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../config/loadConfig.ts';
import { InvalidInputError } from '../errors/AppError.ts';
import { entitySchema, type FactFileEntity } from '../ingest/factFileSchema.ts';
import { parseYamlSource } from '../ingest/parseYamlSource.ts';
import { invalidFactFile, type SourceIssue } from '../ingest/invalidFactFile.ts';

/** A canonical entity of seeds/entities.yaml. */
export type RegistryEntity = FactFileEntity;

/** The canonical entities with alias lookup. */
export interface EntityRegistry {
  readonly entities: readonly RegistryEntity[];
  /** The entity with exactly this id. */
  get(id: string): RegistryEntity | undefined;
  /** The entity whose id, name or an alias matches `surfaceForm` (case-, accent- and punctuation-insensitive). */
  resolve(surfaceForm: string): RegistryEntity | undefined;
}

/**
 * The resolution key of a surface form: lower-case, accents stripped, dots and apostrophes
 * dropped ("U.S." = "US"), other punctuation folded to spaces, a leading "the" dropped.
 */
export function normalizeAlias(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Every resolution key of an entity: its id, name and aliases, normalised, without duplicates. */
export function aliasKeysOf(entity: { id?: string; name: string; aliases?: readonly string[] }): string[] {
  const forms = [entity.name, ...(entity.aliases ?? [])];
  return [...new Set(forms.map(normalizeAlias).filter(Boolean))];
}

const registryFileSchema = z.strictObject({ entities: z.array(entitySchema) });

/** Builds a registry from a list of entities; a key claimed by two entities is an error. */
export function createEntityRegistry(
  entities: readonly RegistryEntity[],
  file = 'entity registry',
  lineOf?: (path: readonly PropertyKey[]) => number | undefined,
): EntityRegistry {
  const byId = new Map<string, RegistryEntity>();
  const byKey = new Map<string, RegistryEntity>();
  const issues: SourceIssue[] = [];
  entities.forEach((entity, i) => {
    if (byId.has(entity.id)) issues.push({ path: ['entities', i, 'id'], message: `duplicate entity id "${entity.id}"` });
    byId.set(entity.id, entity);
    for (const key of new Set([normalizeAlias(entity.id), ...aliasKeysOf(entity)])) {
      const other = byKey.get(key);
      if (other && other !== entity) {
        issues.push({ path: ['entities', i], message: `"${key}" names both ${other.id} and ${entity.id}` });
      }
      byKey.set(key, entity);
    }
  });
  if (issues.length) throw invalidFactFile(file, issues, lineOf);
  return {
    entities,
    get: (id) => byId.get(id),
    resolve: (surfaceForm) => byId.get(surfaceForm) ?? byKey.get(normalizeAlias(surfaceForm)),
  };
}

/** Loads and validates `<rootDir>/seeds/entities.yaml`. */
export function loadEntityRegistry(rootDir: string): EntityRegistry {
  const file = path.join(rootDir, 'seeds', 'entities.yaml');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new InvalidInputError(`cannot read the entity registry ${file}: ${(error as Error).message}`, { file });
  }
  const source = parseYamlSource(text, file);
  const parsed = registryFileSchema.safeParse(source.data);
  if (!parsed.success) {
    throw invalidFactFile(file, parsed.error.issues.map((i) => ({ path: i.path, message: i.message })), source.lineOf);
  }
  return createEntityRegistry(parsed.data.entities, file, source.lineOf);
}

let projectRegistry: EntityRegistry | undefined;

/** The project's own registry (seeds/entities.yaml next to the code), loaded once. */
export function defaultEntityRegistry(): EntityRegistry {
  projectRegistry ??= loadEntityRegistry(PROJECT_ROOT);
  return projectRegistry;
}
