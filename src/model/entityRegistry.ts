import type { EntityType, OrganizationKind } from './vocabulary.ts';

/** A canonical entity of the registry (seeds/entities.yaml; read by ingest/loadEntityRegistry). */
export interface RegistryEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  kind?: OrganizationKind;
  description?: string;
  wikidata?: string;
}

/** The canonical entities with alias lookup. */
export interface EntityRegistry {
  readonly entities: readonly RegistryEntity[];
  /** The entity with exactly this id. */
  get(id: string): RegistryEntity | undefined;
  /** The entity whose id, name or an alias matches `surfaceForm` (case-, accent- and punctuation-insensitive, see aliasKeys.ts). */
  resolve(surfaceForm: string): RegistryEntity | undefined;
}
