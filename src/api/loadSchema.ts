import fs from 'node:fs';
import path from 'node:path';
import { ENTITY_TYPES, FACT_STATUSES, RELATION_TYPES } from '../model/vocabulary.ts';

/** The enum values the vocabulary defines, by GraphQL enum name. */
export const VOCABULARY_ENUMS: Readonly<Record<string, readonly string[]>> = {
  EntityType: ENTITY_TYPES,
  RelationType: RELATION_TYPES,
  FactStatus: FACT_STATUSES,
};

/** `extend enum` definitions that give the value-less enums of schema.graphql their vocabulary values. */
export function vocabularyEnumSdl(): string {
  return Object.entries(VOCABULARY_ENUMS)
    .map(([name, values]) => `extend enum ${name} {\n${values.map((v) => `  ${v}`).join('\n')}\n}`)
    .join('\n\n');
}

/** Reads the GraphQL contract from `<rootDir>/schema.graphql` and adds the vocabulary enums. */
export function loadTypeDefs(rootDir: string): string {
  return `${fs.readFileSync(path.join(rootDir, 'schema.graphql'), 'utf8')}\n\n${vocabularyEnumSdl()}\n`;
}
