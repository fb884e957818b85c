import { z } from 'zod';
import { ENTITY_TYPES, FACT_STATUSES, ORGANIZATION_KINDS, isPartialDate } from '../model/vocabulary.ts';
import { FACT_FILE_LIMITS as LIMITS } from './factFileLimits.ts';

/**
 * The fact file format (src/model/README.md), one YAML (or JSON) file per article. Shape and
 * value checks live here; cross-field checks (vocabulary, references, quotes in the text)
 * live in checkFactFile.ts because they need the registry and the article text.
 */

const required = (what: string) => ({
  error: (issue: { input: unknown }) => (issue.input === undefined ? `missing ${what} (required)` : `${what} must be a string`),
});

const text = (what: string) => z.string(required(what)).trim().min(1, `${what} is empty`);

/** Non-empty text of at most `max` characters; the message names the field and both lengths. */
const capped = (what: string, max: number) =>
  text(what).max(max, { error: (i) => `${what} is ${String(i.input).length} characters; the limit is ${max}` });

/** A list of at most `max` items. */
const list = <T extends z.ZodType>(item: T, what: string, max: number) =>
  z.array(item).max(max, { error: (i) => `${(i.input as unknown[]).length} ${what}; the limit is ${max}` });

/** Ids go into fact ids `<subject>|<RELATION>|<object>`, so no spaces and no `|`. */
const id = (what: string) =>
  text(what).regex(/^[\p{L}\p{N}][\p{L}\p{N}._:@-]*$/u, `${what} must be a slug or code: letters, digits, . _ : @ - (no spaces)`);

/** A partial date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; YAML reads a bare year as a number, so accept that too. */
export const partialDateSchema = z
  .union([z.string(), z.number().int()], { error: 'expected a partial date "YYYY", "YYYY-MM" or "YYYY-MM-DD"' })
  .transform((v) => String(v).trim())
  .refine(isPartialDate, { error: (i) => `malformed date ${JSON.stringify(i.input)}: expected "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real day)` });

export const articleSchema = z.strictObject({
  id: id('article.id'),
  title: capped('article.title', LIMITS.nameChars),
  url: z.url({ error: 'article.url must be an http(s) URL' }).optional(),
  publisher: text('article.publisher').optional(),
  author: text('article.author').optional(),
  publishedAt: partialDateSchema.optional(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)?$/, 'language must be a code like "en"').default('en'),
  /** Path of the article text, relative to the fact file. */
  text: text('article.text').optional(),
});

export const entitySchema = z.strictObject({
  id: id('entity id'),
  type: z.enum(ENTITY_TYPES, { error: (i) => `unknown entity type ${JSON.stringify(i.input)} (expected one of ${ENTITY_TYPES.join(', ')})` }),
  name: capped('entity name', LIMITS.nameChars),
  aliases: list(capped('alias', LIMITS.nameChars), 'aliases', LIMITS.aliasesPerEntity).default([]),
  kind: z.enum(ORGANIZATION_KINDS, { error: (i) => `unknown organization kind ${JSON.stringify(i.input)} (expected one of ${ORGANIZATION_KINDS.join(', ')})` }).optional(),
  description: capped('description', LIMITS.evidenceChars).optional(),
  wikidata: z.string().regex(/^Q\d+$/, 'wikidata must be an item id like "Q739"').optional(),
});

const propertyValue = z.union([z.string(), z.number(), z.boolean()], { error: 'a relation property must be a string, number or boolean' });

export const factSchema = z.strictObject({
  subject: id('subject'),
  relation: text('relation'),
  object: id('object'),
  evidence: capped('evidence quote', LIMITS.evidenceChars),
  offsets: z.tuple([z.number().int().min(0), z.number().int().min(0)], { error: 'offsets must be [start, end] character offsets' }).optional(),
  date: partialDateSchema.optional(),
  /** Valid time as this source gives it: when the fact started to hold (default: date) and stopped (open when absent). */
  validFrom: partialDateSchema.optional(),
  validTo: partialDateSchema.optional(),
  confidence: z.number({ error: 'confidence must be a number from 0 to 1' }).min(0, 'confidence must be from 0 to 1').max(1, 'confidence must be from 0 to 1').default(1),
  status: z.enum(FACT_STATUSES, { error: (i) => `unknown status ${JSON.stringify(i.input)} (expected ${FACT_STATUSES.join(', ')})` }).default('asserted'),
  properties: z.record(z.string(), propertyValue).default({}),
  extractor: z.strictObject({ name: text('extractor.name'), version: text('extractor.version') }).optional(),
  // Provenance of imported event data (GDELT); curated and extracted facts leave them out.
  cameo: z.string().optional(),
  goldstein: z.number().optional(),
  avgTone: z.number().optional(),
  numMentions: z.number().int().min(0).optional(),
});

export const factFileSchema = z.strictObject(
  {
    article: articleSchema,
    entities: list(entitySchema, 'entities', LIMITS.entitiesPerArticle).default([]),
    facts: list(factSchema, 'facts', LIMITS.factsPerArticle).default([]),
  },
  { error: (i) => (i.input === undefined || i.input === null || typeof i.input !== 'object' ? 'expected a fact file: a mapping with article, entities and facts' : undefined) },
);

/** A validated fact file (defaults filled in). */
export type FactFile = z.output<typeof factFileSchema>;
/** What a fact file may contain before defaults (for code that builds fact files). */
export type FactFileInput = z.input<typeof factFileSchema>;
export type FactFileArticle = FactFile['article'];
export type FactFileEntity = FactFile['entities'][number];
export type FactFileFact = FactFile['facts'][number];
