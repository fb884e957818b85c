/**
 * The LLM-backed extractor: the article (split to fit the model's context) goes to an
 * OpenAI-compatible endpoint with the vocabulary as a JSON Schema; every answer is validated
 * (one repair request quoting the errors), every fact's quote is found in the article (offsets
 * computed here, unfound quotes dropped as `unsupported`), entities go through the same
 * EntityTable resolution as the rule extractor, and facts breaking the relation's type rules
 * are dropped and listed. Unlike the rest of src/extract this one does I/O: the network and
 * its answer cache.
 */
import pLimit, { type LimitFunction } from 'p-limit';
import { ConfigError, ServiceUnavailableError, TimeoutError } from '../../errors/AppError.ts';
import type { LlmConfig } from '../../config/loadConfig.ts';
import { isPartialDate, relationSpec, type RelationType } from '../../model/vocabulary.ts';
import { draftArticle } from '../draftArticle.ts';
import { EntityTable } from '../entityTable.ts';
import { locateQuote } from '../locateQuote.ts';
import { splitIntoChunks, type Chunk } from '../splitIntoChunks.ts';
import type { ArticleInput, Draft, DraftFact, DraftSummary, ExtractContext, Extractor, KnownEntity } from '../types.ts';
import { AnswerCache, answerCacheKey } from './answerCache.ts';
import { answerJsonSchema, answerSchema, formatAnswerIssues, type Answer, type AnswerFact } from './answerSchema.ts';
import { ChatClient, ChatRequestFailed, ResponseFormatRefused, type ChatMessage, type ResponseFormat } from './chatCompletion.ts';
import { PROMPT_VERSION, extractionMessages, repairMessages, systemPrompt } from './extractionPrompt.ts';

const VERSION = '0.1.0';
/** A model's facts are a reading, not a rule match: below a curated fact, about like a good pattern. */
const CONFIDENCE = { asserted: 0.7, reported: 0.6, denied: 0.6 } as const;

/** Options tests and benchmarks may tune; settings come from the config. */
export interface LlmExtractorOptions {
  backoffMs?: number;
  maxAnswerBytes?: number;
}

/** The outcome of one chunk: an answer (fresh or cached) or why there is none. */
interface ChunkResult {
  chunk: Chunk;
  answer?: Answer;
  failure?: { reason: string; kind: string };
  tokensIn: number;
  tokensOut: number;
  cached: boolean;
}

/** The settings an LLM extractor needs, or a ConfigError naming the variable and the flag to set. */
export function requireLlmSettings(llm: LlmConfig): LlmConfig & { baseUrl: string; model: string } {
  if (!llm.baseUrl) {
    throw new ConfigError('--extractor llm needs an endpoint: set NEWSGRAPH_LLM_BASE_URL (e.g. http://127.0.0.1:11434/v1) or pass --llm-url', { variable: 'NEWSGRAPH_LLM_BASE_URL' });
  }
  if (!llm.model) throw new ConfigError('--extractor llm needs a model: set NEWSGRAPH_LLM_MODEL (e.g. qwen2.5:7b-instruct) or pass --llm-model', { variable: 'NEWSGRAPH_LLM_MODEL' });
  return llm as LlmConfig & { baseUrl: string; model: string };
}

/** Extracts facts with a language model behind an OpenAI-compatible chat-completions endpoint. */
export class LlmExtractor implements Extractor {
  readonly name = 'newsgraph-llm';
  readonly version: string;
  private readonly client: ChatClient;
  private readonly limit: LimitFunction;
  private readonly cache: AnswerCache;
  private readonly model: string;
  /** Switched to `json_object` for good once the server refuses `json_schema`. */
  private format: ResponseFormat['type'] = 'json_schema';
  private readonly maxTokens: number;
  private readonly chunkChars: number;

  constructor(llm: LlmConfig, options: LlmExtractorOptions = {}) {
    const settings = requireLlmSettings(llm);
    this.model = settings.model;
    this.version = `${VERSION} (model ${settings.model}, prompt ${PROMPT_VERSION})`;
    this.client = new ChatClient({ ...settings, ...options });
    this.limit = pLimit(settings.concurrency);
    this.cache = new AnswerCache(settings.cacheDir);
    // Budget: the answer gets a quarter of the context, the prompt (with the schema when the
    // server needs it spelt out) its size at ~4 characters a token, the article the rest.
    this.maxTokens = Math.min(4096, Math.floor(settings.contextTokens / 4));
    const promptTokens = Math.ceil(systemPrompt(true).length / 4) + 64;
    const textTokens = settings.contextTokens - this.maxTokens - promptTokens;
    if (textTokens < 300) {
      throw new ConfigError(
        `NEWSGRAPH_LLM_CONTEXT_TOKENS is ${settings.contextTokens}: too small for the prompt (about ${promptTokens} tokens) and an answer; give at least ${promptTokens + this.maxTokens + 300}`,
        { variable: 'NEWSGRAPH_LLM_CONTEXT_TOKENS' },
      );
    }
    this.chunkChars = Math.floor(textTokens * 3.5);
  }

  /** Extracts a draft from the article: one request per piece (cached), validated, quotes checked. */
  async extract(input: ArticleInput, context: ExtractContext): Promise<Draft> {
    const chunks = splitIntoChunks(input.text, this.chunkChars);
    let done = 0;
    const results = await Promise.all(
      chunks.map((chunk) =>
        this.limit(async () => {
          const result = await this.answerChunk(chunk, input.title);
          context.onProgress?.(++done, chunks.length);
          return result;
        }),
      ),
    );
    const failures = results.filter((r) => r.failure);
    // The endpoint itself failing on every piece is an error (nothing gets written); a model
    // that answered badly is a draft with the reason in it.
    if (failures.length === results.length && failures.every((r) => r.failure!.kind === 'timeout' || r.failure!.kind === 'server')) {
      throw failureError(failures, chunks.length);
    }

    const notices: string[] = [];
    const summary: DraftSummary = {
      model: this.model,
      promptVersion: PROMPT_VERSION,
      tokensIn: sum(results, 'tokensIn'),
      tokensOut: sum(results, 'tokensOut'),
      chunks: chunks.length,
      cachedChunks: results.filter((r) => r.cached).length,
      failedChunks: failures.length,
      unsupported: 0,
      typeViolations: 0,
      dropped: [],
    };
    if (this.format === 'json_object') notices.push('the endpoint refused json_schema response formats: answers were asked as json_object (the schema in the prompt) and validated');
    for (const r of failures) notices.push(`${where(r.chunk, chunks.length)}: no facts: ${r.failure!.reason}`);

    const table = new EntityTable(context);
    const facts = new Map<string, DraftFact>();
    const extractor = { name: this.name, version: this.version };
    for (const r of results) {
      for (const f of r.answer?.facts ?? []) {
        const label = `${f.subject.name} ${f.relation} ${f.object.name}`;
        const drop = (reason: string, counter: 'unsupported' | 'typeViolations' | undefined) => {
          // Overlapping pieces may both report the same fact: count it once.
          if (summary.dropped.includes(`${label}: ${reason}`)) return;
          if (counter) summary[counter]++;
          summary.dropped.push(`${label}: ${reason}`);
        };
        const offsets = locateQuote(input.text, f.evidence, r.chunk.start) ?? locateQuote(input.text, f.evidence);
        if (!offsets) {
          drop(`evidence not in the article: "${clip(f.evidence)}"`, 'unsupported');
          continue;
        }
        const subject = resolveRef(table, f.subject);
        const object = resolveRef(table, f.object);
        const problem = typeProblem(f.relation as RelationType, subject, object);
        if (problem) {
          drop(problem, 'typeViolations');
          continue;
        }
        if (subject.id === object.id) {
          drop('subject and object are the same entity', undefined);
          continue;
        }
        const fact = toDraftFact(f, table.use(subject, f.subject.name), table.use(object, f.object.name), input.text, offsets, extractor);
        // Merged by triple, every distinct quote kept (the fact file allows one line per quote).
        const key = `${fact.subject}|${fact.relation}|${fact.object}|${offsets[0]}`;
        if (!facts.has(key)) facts.set(key, fact);
      }
    }
    for (const d of summary.dropped) notices.push(`dropped: ${d}`);
    const factList = [...facts.values()].sort((a, b) => a.offsets[0] - b.offsets[0]);
    if (!factList.length) notices.push('no facts: the model found none that the article supports');
    if (summary.cachedChunks) notices.push(`${summary.cachedChunks} of ${chunks.length} pieces answered from the cache (no tokens spent)`);
    const title = input.title ?? input.text.split('\n').find((l) => l.trim())?.trim().slice(0, 120) ?? 'untitled';
    return { article: draftArticle(input, title), entities: [...table.used.values()], facts: factList, notices, summary };
  }

  /** One piece: cache, request, validation, one repair; failures come back as a reason. */
  private async answerChunk(chunk: Chunk, title: string | undefined): Promise<ChunkResult> {
    const key = answerCacheKey(chunk.text, this.model, PROMPT_VERSION);
    const hit = this.cache.get(key);
    const fromCache = hit && answerSchema.safeParse(hit.answer);
    if (fromCache?.success) return { chunk, answer: fromCache.data, tokensIn: 0, tokensOut: 0, cached: true };

    const result: ChunkResult = { chunk, tokensIn: 0, tokensOut: 0, cached: false };
    const build = () => extractionMessages(chunk.text, title, this.format === 'json_object');
    try {
      let messages = build();
      let reply: { content: string; cutOff: boolean };
      try {
        reply = await this.ask(messages, result);
      } catch (error) {
        if (!(error instanceof ResponseFormatRefused)) throw error;
        // For good: later pieces and articles go straight to json_object, with the schema in the prompt.
        this.format = 'json_object';
        messages = build();
        reply = await this.ask(messages, result);
      }
      let checked = checkAnswer(reply, this.maxTokens);
      if (!checked.ok) {
        messages = repairMessages(messages, reply.content, checked.errors);
        reply = await this.ask(messages, result);
        const repaired = checkAnswer(reply, this.maxTokens);
        if (!repaired.ok) {
          result.failure = { reason: `the answer did not fit the schema after one repair request (${repaired.errors.slice(0, 3).join('; ')})`, kind: 'invalid' };
          return result;
        }
        checked = repaired;
      }
      result.answer = checked.answer;
      this.cache.set(key, { answer: checked.answer, tokensIn: result.tokensIn, tokensOut: result.tokensOut });
    } catch (error) {
      if (!(error instanceof ChatRequestFailed)) throw error;
      result.failure = { reason: error.message, kind: error.kind };
    }
    return result;
  }

  /** Sends one request in the current response format and counts its tokens. */
  private async ask(messages: ChatMessage[], result: ChunkResult): Promise<{ content: string; cutOff: boolean }> {
    const format: ResponseFormat = this.format === 'json_schema' ? { type: 'json_schema', schema: answerJsonSchema() } : { type: 'json_object' };
    const answer = await this.client.complete(messages, format, this.maxTokens);
    result.tokensIn += answer.tokensIn;
    result.tokensOut += answer.tokensOut;
    return { content: answer.content, cutOff: answer.finishReason === 'length' };
  }
}

/** Parses and validates an answer: the facts, or the errors a repair request quotes. */
function checkAnswer(reply: { content: string; cutOff: boolean }, maxTokens: number): { ok: true; answer: Answer } | { ok: false; errors: string[] } {
  let json: unknown;
  try {
    // Some servers wrap JSON in a Markdown fence even in JSON mode.
    json = JSON.parse(reply.content.replace(/^\s*```(?:json)?\s*|\s*```\s*$/g, ''));
  } catch (error) {
    const why = reply.cutOff ? `it was cut off at the ${maxTokens}-token limit; give fewer facts, the most important first` : 'answer with one JSON object only';
    return { ok: false, errors: [`the answer is not valid JSON (${(error as Error).message}); ${why}`] };
  }
  const parsed = answerSchema.safeParse(json);
  return parsed.success ? { ok: true, answer: parsed.data } : { ok: false, errors: formatAnswerIssues(parsed.error) };
}

/** The entity a name stands for: registry, graph, built-ins, or a new one of the type the model gave. */
function resolveRef(table: EntityTable, ref: AnswerFact['subject']): KnownEntity {
  return table.resolveOrCreate(ref.name, ref.type, ref.name, ref.type === 'Organization' ? (ref.kind ?? undefined) : undefined);
}

function typeProblem(relation: RelationType, subject: KnownEntity, object: KnownEntity): string | undefined {
  const spec = relationSpec(relation)!;
  if (!spec.subjects.includes(subject.type)) return `${relation} does not allow a ${subject.type} as subject ("${subject.name}"; allowed: ${spec.subjects.join(', ')})`;
  if (!spec.objects.includes(object.type)) return `${relation} does not allow a ${object.type} as object ("${object.name}"; allowed: ${spec.objects.join(', ')})`;
  return undefined;
}

function toDraftFact(f: AnswerFact, subject: string, object: string, text: string, offsets: [number, number], extractor: DraftFact['extractor']): DraftFact {
  const spec = relationSpec(f.relation)!;
  const properties = Object.fromEntries(Object.entries(f.properties).filter((e): e is [string, string] => spec.properties.includes(e[0]) && !!e[1]?.trim()));
  const fact: DraftFact = {
    subject,
    relation: f.relation as RelationType,
    object,
    // The article's own words, not the model's copy of them.
    evidence: text.slice(offsets[0], offsets[1]),
    offsets,
    confidence: CONFIDENCE[f.status],
    status: f.status,
    extractor,
  };
  // The schema's pattern lets 2025-02-30 through; ingest would refuse the whole file for it.
  if (f.date && isPartialDate(f.date)) fact.date = f.date;
  if (Object.keys(properties).length) fact.properties = properties;
  return fact;
}

/** Every piece failed: nothing to draft, so the command fails (and writes nothing). */
function failureError(failures: ChunkResult[], total: number) {
  const first = failures[0]!.failure!;
  const message = `the language model gave no usable answer for any of the ${total} piece(s) of the article: ${first.reason}`;
  return failures.every((f) => f.failure!.kind === 'timeout') ? new TimeoutError(message) : new ServiceUnavailableError(message);
}

function where(chunk: Chunk, total: number): string {
  return total === 1 ? 'the article' : `the piece at character ${chunk.start}`;
}

function sum(results: ChunkResult[], key: 'tokensIn' | 'tokensOut'): number {
  return results.reduce((n, r) => n + r[key], 0);
}

function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
