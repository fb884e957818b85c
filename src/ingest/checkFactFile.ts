import { relationSpec, type EntityType } from '../model/vocabulary.ts';
import type { EntityRegistry } from '../model/entityRegistry.ts';
import type { FactFile } from './factFileSchema.ts';
import type { SourceIssue } from './invalidFactFile.ts';

export interface CheckOptions {
  /** The article text: when given, every evidence quote must occur in it. */
  articleText?: string;
  /** When given, a reference that is neither a file entity nor a registry entity is dangling. */
  registry?: EntityRegistry;
}

/**
 * Cross-field checks the schema cannot express: duplicate ids, relation types and their
 * properties from the vocabulary, subject / object references and their types, evidence
 * quotes against the article text. Returns the problems found (empty when valid).
 */
export function checkFactFile(factFile: FactFile, options: CheckOptions = {}): SourceIssue[] {
  const issues: SourceIssue[] = [];
  const local = new Map<string, EntityType>();
  factFile.entities.forEach((entity, i) => {
    if (local.has(entity.id)) issues.push({ path: ['entities', i, 'id'], message: `duplicate entity id "${entity.id}"` });
    local.set(entity.id, entity.type);
    if (entity.kind && entity.type !== 'Organization') {
      issues.push({ path: ['entities', i, 'kind'], message: `only an Organization has a kind (this entity is a ${entity.type})` });
    }
  });
  const text = options.articleText === undefined ? undefined : foldForQuote(options.articleText);

  factFile.facts.forEach((fact, i) => {
    const spec = relationSpec(fact.relation);
    if (!spec) {
      issues.push({ path: ['facts', i, 'relation'], message: `unknown relation "${fact.relation}" (see src/model/vocabulary.ts for the relation types)` });
    } else {
      for (const key of Object.keys(fact.properties)) {
        if (!spec.properties.includes(key)) {
          const allowed = spec.properties.length ? `allowed: ${spec.properties.join(', ')}` : 'it has none';
          issues.push({ path: ['facts', i, 'properties', key], message: `${spec.type} has no property "${key}" (${allowed})` });
        }
      }
    }
    for (const role of ['subject', 'object'] as const) {
      const ref = fact[role];
      const type = local.get(ref) ?? options.registry?.resolve(ref)?.type;
      if (!type) {
        if (options.registry) {
          issues.push({ path: ['facts', i, role], message: `dangling reference "${ref}": not an entity of this file (entities:) nor of the entity registry` });
        }
        continue;
      }
      const problem = spec && relationTypeProblem(spec.type, role, type, ref);
      if (problem) issues.push({ path: ['facts', i, role], message: problem });
    }
    if (text !== undefined && !text.includes(foldForQuote(fact.evidence))) {
      issues.push({ path: ['facts', i, 'evidence'], message: `evidence quote not found in the article text: "${clip(fact.evidence)}"` });
    }
    if (fact.validFrom && fact.validTo && fact.validTo < fact.validFrom && !fact.validFrom.startsWith(fact.validTo)) {
      issues.push({ path: ['facts', i, 'validTo'], message: `validTo ${fact.validTo} is before validFrom ${fact.validFrom}` });
    }
    if (fact.offsets) {
      const [start, end] = fact.offsets;
      if (start >= end) {
        issues.push({ path: ['facts', i, 'offsets'], message: `offsets [${start}, ${end}]: start must be before end` });
      } else if (options.articleText !== undefined) {
        const slice = options.articleText.slice(start, end);
        if (end > options.articleText.length || foldForQuote(slice) !== foldForQuote(fact.evidence)) {
          issues.push({ path: ['facts', i, 'offsets'], message: `offsets [${start}, ${end}] do not point at the evidence quote in the text` });
        }
      }
    }
  });
  return issues;
}

/** Why `type` may not be the `role` of `relation`, or undefined when it may. */
export function relationTypeProblem(relation: string, role: 'subject' | 'object', type: EntityType, ref: string): string | undefined {
  const spec = relationSpec(relation);
  if (!spec) return undefined;
  const allowed = role === 'subject' ? spec.subjects : spec.objects;
  if (allowed.includes(type)) return undefined;
  return `${relation} does not allow a ${type} as its ${role} ("${ref}"; allowed: ${allowed.join(', ')})`;
}

/**
 * Quotes are compared verbatim up to typography: curly and straight quotes, dashes and runs of
 * white space count as equal, since fact files are often typed with plain ASCII punctuation.
 */
export function foldForQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
