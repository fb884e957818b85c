import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../config/loadConfig.ts';
import { InvalidInputError } from '../errors/AppError.ts';
import { aliasKeysOf, normalizeAlias } from '../model/aliasKeys.ts';
import type { EntityRegistry, RegistryEntity } from '../model/entityRegistry.ts';
import { entitySchema } from './factFileSchema.ts';
import { parseYamlSource } from './parseYamlSource.ts';
import { invalidFactFile, type SourceIssue } from './invalidFactFile.ts';

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
