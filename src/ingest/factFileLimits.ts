/**
 * Caps on what one fact file may hold (README "Loading facts"). They keep a hostile or broken
 * file from taking minutes and gigabytes: each is enforced with the file and field named.
 */
export const FACT_FILE_LIMITS = {
  /** Size of the fact file itself (YAML or JSON), checked before parsing. */
  fileBytes: 2 * 1024 * 1024,
  /** Nodes that YAML aliases may expand to (the yaml library's maxAliasCount). */
  yamlAliases: 100,
  /** Characters in an entity name, an alias, an article title. */
  nameChars: 300,
  /** Aliases per entity. */
  aliasesPerEntity: 100,
  /** Characters in an evidence quote and in a description. */
  evidenceChars: 2000,
  /** Entities listed in one fact file. */
  entitiesPerArticle: 2000,
  /** Facts in one fact file (one article). */
  factsPerArticle: 2000,
} as const;
