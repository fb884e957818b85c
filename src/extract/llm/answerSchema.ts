/**
 * What the model must answer, as a zod schema built from the vocabulary (src/model): relation
 * types with their descriptions and subject / object type rules, entity types, organisation
 * kinds and relation properties. The same schema validates the answer (zod, as fact files are
 * validated) and, through `z.toJSONSchema`, is sent as the `response_format` JSON Schema.
 * Strict structured output (OpenAI, vLLM, llama.cpp) needs every property required and no
 * extra ones, so the JSON Schema is the output side (defaults filled, every property required,
 * `additionalProperties: false`) while validation is lenient on input: a missing `kind`,
 * `date` or property is null, unknown keys are ignored (models served with plain
 * `json_object` often leave them out or add their own).
 */
import { z } from 'zod';
import { ENTITY_TYPES, FACT_STATUSES, ORGANIZATION_KINDS, PARTIAL_DATE, RELATIONS, type RelationSpec } from '../../model/vocabulary.ts';

/** The rule text of one relation type: what it means and which entity types it connects. */
export function describeRelation(r: RelationSpec): string {
  return `${r.description}; subject: ${r.subjects.join(' | ')}; object: ${r.objects.join(' | ')}`;
}

const PROPERTY_DESCRIPTIONS: Record<string, string> = {
  title: 'HOLDS_OFFICE: the office, e.g. "President"',
  role: 'PART_OF: the role in the whole, e.g. "agency"',
  designation: 'ALLY_OF: the name of the alliance or partnership',
  measure: 'SANCTIONED / ORDERED: the measure, e.g. "visa revocation"',
  allegation: 'ACCUSED / DENIED: what is alleged',
  casualties: 'ATTACKED: the casualties as the article states them',
};
const PROPERTY_NAMES = [...new Set(RELATIONS.flatMap((r) => r.properties as readonly string[]))].sort();

const entityRef = (role: 'subject' | 'object') =>
  z.object({
    name: z.string().trim().min(1, `the ${role}'s name is empty`).describe('the name as the article writes it, at its fullest ("Gustavo Petro", not "he")'),
    type: z.enum(ENTITY_TYPES, { error: (i) => `unknown entity type ${JSON.stringify(i.input)} (expected one of ${ENTITY_TYPES.join(', ')})` }),
    kind: z
      .enum(ORGANIZATION_KINDS, { error: (i) => `unknown organization kind ${JSON.stringify(i.input)} (expected one of ${ORGANIZATION_KINDS.join(', ')}, or null)` })
      .nullable()
      .default(null)
      .describe('for an Organization: what kind; null for other types'),
  });

const relationLiterals = RELATIONS.map((r) => z.literal(r.type).describe(describeRelation(r)));
const relation = z.union(relationLiterals as unknown as [z.ZodLiteral<string>, ...z.ZodLiteral<string>[]], {
  error: (i) => `unknown relation type ${JSON.stringify(i.input)} (expected one of the vocabulary's: ${RELATIONS.map((r) => r.type).join(', ')})`,
});

const properties = z
  .object(Object.fromEntries(PROPERTY_NAMES.map((p) => [p, z.string().nullable().default(null).describe(PROPERTY_DESCRIPTIONS[p] ?? p)])))
  .default(Object.fromEntries(PROPERTY_NAMES.map((p) => [p, null])))
  .describe("the relation's own properties; null when the relation has none or the article does not say");

export const answerFactSchema = z.object({
  subject: entityRef('subject'),
  relation,
  object: entityRef('object'),
  evidence: z
    .string()
    .trim()
    .min(1, 'evidence is empty: every fact needs a verbatim quote')
    .describe('a verbatim quote from the article (copy it exactly, at most one sentence) that states the fact'),
  status: z.enum(FACT_STATUSES, { error: (i) => `unknown status ${JSON.stringify(i.input)} (expected ${FACT_STATUSES.join(', ')})` }).default('asserted').describe('asserted: the article states it; reported: the article relays a claim; denied: the article reports that someone denies it'),
  date: z.string().regex(PARTIAL_DATE, 'date must be "YYYY", "YYYY-MM" or "YYYY-MM-DD", or null').nullable().default(null).describe('when it happened, if the article dates it: YYYY, YYYY-MM or YYYY-MM-DD; else null'),
  properties,
});

/** The whole answer: the facts the article states, in the vocabulary. */
export const answerSchema = z.object({
  facts: z.array(answerFactSchema).describe('every fact the text states that fits a relation type; empty when none'),
});

export type Answer = z.output<typeof answerSchema>;
export type AnswerFact = Answer['facts'][number];

let cached: Record<string, unknown> | undefined;

/** The answer schema as JSON Schema (draft 2020-12 without `$schema`, output side), as `response_format` carries it. */
export function answerJsonSchema(): Record<string, unknown> {
  if (!cached) {
    const { $schema: _drop, ...schema } = z.toJSONSchema(answerSchema, { io: 'output', unrepresentable: 'throw' }) as Record<string, unknown>;
    cached = withoutKeywords(schema, new Set(['default', 'minLength'])) as Record<string, unknown>;
  }
  return cached;
}

/** Strict structured-output servers reject keywords outside their subset; zod still checks them. */
function withoutKeywords(node: unknown, drop: ReadonlySet<string>, isPropertyMap = false): unknown {
  if (Array.isArray(node)) return node.map((n) => withoutKeywords(n, drop));
  if (!node || typeof node !== 'object') return node;
  // Under `properties` the keys are field names (a field may be called "default"), not keywords.
  const entries = Object.entries(node).filter(([k]) => isPropertyMap || !drop.has(k));
  return Object.fromEntries(entries.map(([k, v]) => [k, withoutKeywords(v, drop, !isPropertyMap && k === 'properties')]));
}

/** Validation errors of an answer as lines `facts[2].relation: ...`, the form a repair request quotes. */
export function formatAnswerIssues(error: z.ZodError, max = 20): string[] {
  const lines = error.issues.slice(0, max).map((issue) => {
    const at = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    return `${at || '(answer)'}: ${issue.message}`;
  });
  if (error.issues.length > max) lines.push(`... and ${error.issues.length - max} more`);
  return lines;
}
