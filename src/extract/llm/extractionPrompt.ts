/**
 * The prompts, from versioned files under prompts/ (`extract-v1.*.md`). A change in wording
 * is a new version: the version goes into the cache key and into every fact's provenance.
 */
import fs from 'node:fs';
import { ENTITY_TYPES, ORGANIZATION_KINDS, RELATIONS } from '../../model/vocabulary.ts';
import { answerJsonSchema, describeRelation } from './answerSchema.ts';
import type { ChatMessage } from './chatCompletion.ts';

export const PROMPT_VERSION = 'extract-v1';

function template(part: 'system' | 'user' | 'repair'): string {
  return fs.readFileSync(new URL(`./prompts/${PROMPT_VERSION}.${part}.md`, import.meta.url), 'utf8');
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}

const PROPERTY_NAMES = [...new Set(RELATIONS.flatMap((r) => r.properties as readonly string[]))].sort();

/**
 * The system prompt: the vocabulary in words; with `withSchema` also the JSON Schema itself,
 * for servers that only do `json_object` and so cannot be handed the schema.
 */
export function systemPrompt(withSchema: boolean): string {
  return fill(template('system'), {
    entityTypes: ENTITY_TYPES.join(', '),
    organizationKinds: ORGANIZATION_KINDS.join(', '),
    propertyNames: PROPERTY_NAMES.map((p) => `"${p}"`).join(', '),
    relations: RELATIONS.map((r) => `- ${r.type}: ${describeRelation(r)}`).join('\n'),
    schema: withSchema ? `\nThe answer must validate against this JSON Schema:\n${JSON.stringify(answerJsonSchema())}\n` : '',
  }).trimEnd();
}

/** The first request for one piece of an article. */
export function extractionMessages(text: string, title: string | undefined, withSchema: boolean): ChatMessage[] {
  return [
    { role: 'system', content: systemPrompt(withSchema) },
    { role: 'user', content: fill(template('user'), { text, title: title ? ` ("${title}")` : '' }).trimEnd() },
  ];
}

/** The repair request: the conversation so far, the bad answer, and the validation errors quoted. */
export function repairMessages(previous: ChatMessage[], badAnswer: string, errors: string[]): ChatMessage[] {
  const answer = badAnswer.length > 8000 ? `${badAnswer.slice(0, 8000)} …` : badAnswer;
  return [...previous, { role: 'assistant', content: answer }, { role: 'user', content: fill(template('repair'), { errors: errors.map((e) => `- ${e}`).join('\n') }).trimEnd() }];
}
