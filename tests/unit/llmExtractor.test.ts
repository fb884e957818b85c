import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, loadConfig, type LlmConfig } from '../../src/config/loadConfig.ts';
import { AppError, ConfigError, ServiceUnavailableError, TimeoutError, exitCodeFor } from '../../src/errors/AppError.ts';
import { EnsembleExtractor } from '../../src/extract/ensembleExtractor.ts';
import { draftToFactFile } from '../../src/extract/draftToFactFile.ts';
import { answerJsonSchema } from '../../src/extract/llm/answerSchema.ts';
import { LlmExtractor, requireLlmSettings, type LlmExtractorOptions } from '../../src/extract/llm/LlmExtractor.ts';
import { parseArticleFile } from '../../src/extract/parseArticleFile.ts';
import { ruleExtractor } from '../../src/extract/ruleExtractor.ts';
import type { ArticleInput, Draft } from '../../src/extract/types.ts';
import { parseFactFile } from '../../src/ingest/parseFactFile.ts';
import { loadEntityRegistry } from '../../src/ingest/loadEntityRegistry.ts';
import { fixture, startFakeChatServer, type FakeChatServer, type FakeReply } from '../support/fakeChatServer.ts';

const MODEL = 'qwen2.5:7b-instruct';
const ARTICLE = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'articles', 'eu-sanctions-shadow-fleet.txt');
const { input: article, fileText } = parseArticleFile(fs.readFileSync(ARTICLE), ARTICLE);
const registry = loadEntityRegistry(PROJECT_ROOT);
const context = { registry, knownEntities: registry.entities };
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-llm-'));
const servers: FakeChatServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Settings for a fake server: a fresh cache unless one is given, quick backoff. */
function settings(url: string, llm: Partial<LlmConfig> = {}): LlmConfig {
  return { ...loadConfig({ NEWSGRAPH_LLM_BASE_URL: url, NEWSGRAPH_LLM_MODEL: MODEL }).llm, cacheDir: fs.mkdtempSync(path.join(tmp, 'cache-')), ...llm };
}

async function serve(script: FakeReply[]): Promise<FakeChatServer> {
  const server = await startFakeChatServer(script);
  servers.push(server);
  return server;
}

/** Runs the LLM extractor on the sanctions article against a scripted server. */
async function extractWith(script: FakeReply[], llm: Partial<LlmConfig> = {}, options: LlmExtractorOptions = {}, input: ArticleInput = article) {
  const server = await serve(script);
  const extractor = new LlmExtractor(settings(server.url, llm), { backoffMs: 10, ...options });
  let draft: Draft | undefined;
  let error: unknown;
  try {
    draft = await extractor.extract(input, context);
  } catch (e) {
    error = e;
  }
  return { draft, error, requests: server.requests, extractor, server };
}

const triples = (d: Draft | undefined) => (d?.facts ?? []).map((f) => `${f.subject} ${f.relation} ${f.object}`);
const GOOD_TRIPLES = ['european-union SANCTIONED RUS', 'GBR SANCTIONED RUS', 'david-lammy HOLDS_OFFICE GBR', 'dmitry-peskov ACCUSED european-union', 'volodymyr-zelensky REQUESTED USA'];

describe('LLM extractor against an OpenAI-compatible server (recorded fixtures)', () => {
  it('a good answer: facts in the vocabulary, evidence cut from the article with offsets, entities resolved, tokens counted', async () => {
    const { draft, requests } = await extractWith([{ body: 'fixture:good-answer' }]);
    expect(triples(draft)).toEqual(GOOD_TRIPLES);
    for (const f of draft!.facts) {
      expect(article.text.slice(f.offsets[0], f.offsets[1])).toBe(f.evidence);
      expect(f.extractor).toEqual({ name: 'newsgraph-llm', version: `0.1.0 (model ${MODEL}, prompt extract-v1)` });
    }
    // The model's curly quotes and doubled space are the article's straight quotes and single space.
    expect(draft!.facts.find((f) => f.relation === 'HOLDS_OFFICE')).toMatchObject({ evidence: expect.stringContaining('"choke off the revenue that funds Vladimir Putin\'s war machine."'), properties: { title: 'Foreign Secretary' } });
    expect(draft!.facts.find((f) => f.relation === 'ACCUSED')!.evidence).toContain('illegal and accused the European Union');
    expect(draft!.facts[0]).toMatchObject({ date: '2025-05-20', properties: { measure: 'sanctions on nearly 200 tankers' }, confidence: 0.7, status: 'asserted' });
    expect(draft!.entities.find((e) => e.id === 'GBR')).toMatchObject({ isNew: false });
    expect(draft!.entities.find((e) => e.id === 'david-lammy')).toMatchObject({ type: 'Person', isNew: true });
    expect(draft!.summary).toMatchObject({ model: MODEL, promptVersion: 'extract-v1', tokensIn: 1480, tokensOut: 412, chunks: 1, cachedChunks: 0, unsupported: 0, typeViolations: 0 });
    // The draft is a fact file `ingest` accepts (quotes in the text, types per relation).
    const file = parseFactFile(JSON.stringify(draftToFactFile(draft!, { offsetShift: fileText.length - article.text.length })), { file: 'draft', articleText: fileText, registry });
    expect(file.facts).toHaveLength(5);

    // The request: the model, temperature 0, the vocabulary's JSON Schema (strict), the article text, no key.
    expect(requests).toHaveLength(1);
    const r = requests[0]!;
    expect(r).toMatchObject({ method: 'POST', url: '/v1/chat/completions' });
    expect(r.body).toMatchObject({ model: MODEL, temperature: 0, response_format: { type: 'json_schema', json_schema: { name: 'newsgraph_facts', strict: true } } });
    expect(r.body.response_format!.json_schema!.schema).toEqual(answerJsonSchema());
    expect(JSON.stringify(r.body.response_format!.json_schema!.schema)).toContain('"const":"SUSPENDED_INTELLIGENCE_SHARING_WITH","description":"halted intelligence cooperation; subject: Person | Country | Organization');
    expect(r.body.messages!.at(-1)!.content).toContain(article.text);
    expect(r.body.messages![0]!.content).toContain('- OCCURRED_IN: where an operation takes place; subject: Operation; object: Place | Country');
    expect(r.headers.authorization).toBeUndefined();
  });

  it('sends the key as a bearer token when one is set', async () => {
    const { requests } = await extractWith([{ body: 'fixture:good-answer' }], { apiKey: 'sk-test-0123456789secret' });
    expect(requests[0]!.headers.authorization).toBe('Bearer sk-test-0123456789secret');
  });

  it('malformed JSON twice: one repair request, then the piece is given up with the reason in the draft', async () => {
    const { draft, requests } = await extractWith([{ body: 'fixture:malformed-json' }]);
    expect(requests).toHaveLength(2);
    const repair = requests[1]!.body.messages!;
    expect(repair.at(-2)).toMatchObject({ role: 'assistant', content: expect.stringContaining('"relation": "SANCTIONED"') });
    expect(repair.at(-1)!.content).toMatch(/does not fit the required format:\n- the answer is not valid JSON \(.*\); it was cut off at the 2048-token limit; give fewer facts/);
    expect(draft!.facts).toEqual([]);
    expect(draft!.summary).toMatchObject({ failedChunks: 1, tokensOut: 4096 });
    expect(draft!.notices.join('\n')).toMatch(/the article: no facts: the answer did not fit the schema after one repair request \(the answer is not valid JSON/);
  });

  it('a schema-violating answer is fixed by the repair request, which quotes the validation errors', async () => {
    const { draft, requests } = await extractWith([{ body: 'fixture:schema-violation' }, { body: 'fixture:good-answer' }]);
    expect(requests).toHaveLength(2);
    const quoted = requests[1]!.body.messages!.at(-1)!.content;
    expect(quoted).toContain('- facts[0].evidence: Invalid input: expected string, received undefined');
    expect(quoted).toContain('- facts[0].status: unknown status "confirmed" (expected asserted, reported, denied)');
    expect(requests[1]!.body.response_format!.type).toBe('json_schema');
    expect(triples(draft)).toEqual(GOOD_TRIPLES);
    expect(draft!.summary).toMatchObject({ tokensIn: 2960, tokensOut: 824, failedChunks: 0 });
  });

  it('a hallucinated quote: the fact is dropped and counted as unsupported', async () => {
    const { draft } = await extractWith([{ body: 'fixture:hallucinated-quote' }]);
    expect(triples(draft)).toEqual(['european-union SANCTIONED RUS']);
    expect(draft!.summary).toMatchObject({ unsupported: 1, dropped: ['European Union SANCTIONED China: evidence not in the article: "The EU also banned Chinese refiners that buy Russian crude"'] });
    expect(draft!.entities.map((e) => e.id)).not.toContain('CHN');
  });

  it('an unknown relation type is a validation error the repair request names', async () => {
    const { draft, requests } = await extractWith([{ body: 'fixture:unknown-relation' }, { body: 'fixture:good-answer' }]);
    expect(requests[1]!.body.messages!.at(-1)!.content).toContain('facts[0].relation: unknown relation type "BOMBED"');
    expect(triples(draft)).toEqual(GOOD_TRIPLES);
  });

  it('an impossible date is left out rather than failing the whole draft at ingest', async () => {
    const good = fixture('good-answer') as { choices: Array<{ message: { content: string } }> };
    good.choices[0]!.message.content = good.choices[0]!.message.content.replace('"2025-05-20"', '"2025-02-30"');
    const { draft } = await extractWith([{ body: good }]);
    expect(triples(draft)).toEqual(GOOD_TRIPLES);
    expect(draft!.facts[0]!.date).toBeUndefined();
  });

  it('wrong argument types: facts breaking the relation rules are dropped, counted and listed', async () => {
    const { draft } = await extractWith([{ body: 'fixture:wrong-types' }]);
    expect(triples(draft)).toEqual(['european-union SANCTIONED RUS']);
    expect(draft!.summary!.typeViolations).toBe(2);
    expect(draft!.summary!.dropped).toEqual([
      'Western price cap SANCTIONED Russia: SANCTIONED does not allow a Place as subject ("Western price cap"; allowed: Person, Country, Organization)',
      'Hungary OCCURRED_IN Russia: OCCURRED_IN does not allow a Country as subject ("Hungary"; allowed: Operation)',
    ]);
    expect(draft!.notices).toContain(`dropped: ${draft!.summary!.dropped[0]}`);
  });

  it('429 then success: waits as long as Retry-After says, then retries', async () => {
    const { draft, requests } = await extractWith([{ status: 429, headers: { 'retry-after': '1' }, body: 'fixture:rate-limited' }, { body: 'fixture:good-answer' }], {}, { backoffMs: 10 });
    expect(requests).toHaveLength(2);
    expect(requests[1]!.at - requests[0]!.at).toBeGreaterThanOrEqual(950);
    expect(triples(draft)).toEqual(GOOD_TRIPLES);
  });

  it('a timeout: retried, then the extraction fails as a timeout (nothing to ingest)', async () => {
    const { error, requests } = await extractWith([{ body: 'fixture:good-answer', delayMs: 5000 }], { timeoutMs: 200, retries: 1 });
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/no answer within 200 ms \(2 attempts; raise NEWSGRAPH_LLM_TIMEOUT_MS or --llm-timeout\)/);
    expect(requests).toHaveLength(2);
  });

  it('a 500: retried with backoff, then the extraction fails naming the status', async () => {
    const { error, requests } = await extractWith([{ status: 500, body: 'fixture:server-error' }], { retries: 2 });
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect((error as Error).message).toMatch(/kept failing \(HTTP 500 after 3 attempts: .*llama runner process has terminated/);
    expect(requests).toHaveLength(3);
  });

  it('an answer far too large is refused unread: the piece is given up, not retried', async () => {
    const huge = { ...(fixture('good-answer') as object), choices: [{ index: 0, message: { role: 'assistant', content: `{"facts": [${'{"x": 1},'.repeat(300_000)}]}` }, finish_reason: 'stop' }] };
    const { draft, requests } = await extractWith([{ body: huge }]);
    expect(requests).toHaveLength(1);
    expect(draft!.facts).toEqual([]);
    expect(draft!.notices.join('\n')).toMatch(/no facts: the answer is far too large \((\d+ bytes; the limit is|over) 1048576/);
  });

  it('a server that rejects json_schema (llama.cpp: 500 "Input should be \'text\' or \'json_object\'"): falls back to json_object with the schema in the prompt, for good', async () => {
    const { draft, requests, extractor } = await extractWith([{ status: 500, body: 'fixture:json-schema-refused' }, { body: 'fixture:good-answer' }]);
    expect(requests.map((r) => r.body.response_format!.type)).toEqual(['json_schema', 'json_object']);
    expect(requests[1]!.body.messages![0]!.content).toContain(`The answer must validate against this JSON Schema:\n${JSON.stringify(answerJsonSchema())}`);
    expect(triples(draft)).toEqual(GOOD_TRIPLES);
    expect(draft!.notices[0]).toMatch(/refused json_schema/);
    await extractor.extract({ ...article, text: `${article.text}\n\nA new paragraph.` }, context);
    expect(requests.map((r) => r.body.response_format!.type)).toEqual(['json_schema', 'json_object', 'json_object']);
  });

  it('a re-run is answered from the cache (same content, model and prompt version); another model asks again', async () => {
    const server = await serve([{ body: 'fixture:good-answer' }]);
    const llm = settings(server.url);
    await new LlmExtractor(llm).extract(article, context);
    const again = await new LlmExtractor(llm).extract(article, context);
    expect(server.requests).toHaveLength(1);
    expect(triples(again)).toEqual(GOOD_TRIPLES);
    expect(again.summary).toMatchObject({ tokensIn: 0, tokensOut: 0, cachedChunks: 1 });
    await new LlmExtractor({ ...llm, model: 'llama3.1:8b' }).extract(article, context);
    expect(server.requests).toHaveLength(2);
    expect(fs.readdirSync(llm.cacheDir).length).toBeGreaterThan(0);
  });

  it('a long article is split on paragraph boundaries with overlap; facts are merged by triple, every quote kept', async () => {
    const filler = Array.from({ length: 80 }, (_, i) => `Paragraph ${i} says nothing of note about anyone in particular, at some length, to fill the context window.`);
    const paragraphs = article.text.split(/\n\s*\n/);
    const text = [...paragraphs, ...filler, paragraphs[1]!].join('\n\n');
    const progress: string[] = [];
    const server = await serve([{ body: 'fixture:good-answer' }]);
    const draft = await new LlmExtractor(settings(server.url, { contextTokens: 6144 })).extract({ ...article, text }, { ...context, onProgress: (done, total) => progress.push(`${done}/${total}`) });
    const requests = server.requests;
    expect(requests.length).toBeGreaterThan(1);
    expect(progress).toEqual(requests.map((_, i) => `${i + 1}/${requests.length}`));
    const sent = requests.map((r) => r.body.messages!.at(-1)!.content.split('<article>\n')[1]!.split('\n</article>')[0]!);
    // Every paragraph is sent; neighbours share a paragraph.
    for (const p of [...paragraphs, ...filler]) expect(sent.some((s) => s.includes(p))).toBe(true);
    for (let i = 1; i < sent.length; i++) expect(sent[i]!.startsWith(sent[i - 1]!.split('\n\n').at(-1)!)).toBe(true);
    for (const s of sent) expect(s.length).toBeLessThan(text.length);
    // The EU sentence is in the first and the last piece: one triple, both quotes.
    const eu = draft!.facts.filter((f) => f.relation === 'SANCTIONED' && f.subject === 'european-union');
    expect(eu.map((f) => f.offsets[0])).toEqual([text.indexOf(paragraphs[1]!), text.lastIndexOf(paragraphs[1]!)]);
    expect(new Set(triples(draft))).toEqual(new Set(GOOD_TRIPLES));
    expect(draft!.summary!.chunks).toBe(requests.length);
  });

  it('ensemble: facts both extractors find score higher than either alone; the draft says who found what', async () => {
    // The recorded answer plus one fact the rules do not find.
    const good = fixture('good-answer') as { choices: Array<{ message: { content: string } }> };
    const answer = JSON.parse(good.choices[0]!.message.content) as { facts: Array<Record<string, unknown>> };
    answer.facts.push({ ...answer.facts[4], relation: 'SUPPORTED', object: { name: 'European Union', type: 'Organization', kind: 'international' }, evidence: 'Ukrainian President Volodymyr Zelensky welcomed the measures' });
    good.choices[0]!.message.content = JSON.stringify(answer);
    const server = await serve([{ body: good }]);
    const ensemble = new EnsembleExtractor(ruleExtractor, new LlmExtractor(settings(server.url)));
    const [rules, draft] = await Promise.all([ruleExtractor.extract(article, context), ensemble.extract(article, context)]);
    const key = (f: { subject: string; relation: string; object: string }) => `${f.subject} ${f.relation} ${f.object}`;
    const byRules = new Map(rules.facts.map((f) => [key(f), f.confidence]));
    for (const f of draft.facts) {
      if (GOOD_TRIPLES.includes(key(f))) {
        expect(f.extractor.name, key(f)).toBe('newsgraph-ensemble');
        expect(f.confidence, key(f)).toBeGreaterThan(Math.max(byRules.get(key(f))!, 0.7));
      } else if (byRules.has(key(f))) expect(f.extractor.name).toBe('newsgraph-rules');
      else expect(f.extractor.name).toBe('newsgraph-llm');
    }
    expect(draft.facts.find((f) => f.relation === 'SUPPORTED')).toMatchObject({ subject: 'volodymyr-zelensky', object: 'european-union', confidence: 0.7, extractor: { name: 'newsgraph-llm' } });
    expect(draft.facts.find((f) => key(f) === 'viktor-orban HOLDS_OFFICE HUN')).toMatchObject({ confidence: 0.6, extractor: { name: 'newsgraph-rules' } });
    expect(draft.summary!.foundBy).toEqual({ 'newsgraph-rules': new Set(rules.facts.map(key)).size, 'newsgraph-llm': 6, both: 5 });
    expect(draft.notices[0]).toBe(`found by newsgraph-rules: ${new Set(rules.facts.map(key)).size} triples, by newsgraph-llm: 6, by both: 5`);
  });
});

describe('LLM extractor: what the user must fix is one line naming the setting', () => {
  it('no endpoint configured names NEWSGRAPH_LLM_BASE_URL and --llm-url; no model names NEWSGRAPH_LLM_MODEL', () => {
    expect(() => requireLlmSettings(loadConfig({}).llm)).toThrow(/set NEWSGRAPH_LLM_BASE_URL \(e\.g\. http:\/\/127\.0\.0\.1:11434\/v1\) or pass --llm-url/);
    expect(() => requireLlmSettings(loadConfig({ NEWSGRAPH_LLM_BASE_URL: 'http://127.0.0.1:11434/v1' }).llm)).toThrow(/set NEWSGRAPH_LLM_MODEL/);
  });

  it('401 names NEWSGRAPH_LLM_API_KEY and never shows the key', async () => {
    const { error } = await extractWith([{ status: 401, body: 'fixture:unauthorized' }], { apiKey: 'sk-test-0123456789secret' });
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/refused the credentials \(HTTP 401\): check NEWSGRAPH_LLM_API_KEY/);
    expect(JSON.stringify({ m: (error as Error).message, d: (error as AppError).details })).not.toMatch(/0123456789|secret/);
    expect(exitCodeFor[(error as AppError).code]).toBe(7);
  });

  it('404 (unknown model) names NEWSGRAPH_LLM_MODEL', async () => {
    const { error } = await extractWith([{ status: 404, body: 'fixture:unknown-model' }]);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/no model "qwen2\.5:7b-instruct" .*\(HTTP 404\): check NEWSGRAPH_LLM_MODEL \/ --llm-model/);
  });

  it('an unreachable endpoint names NEWSGRAPH_LLM_BASE_URL (exit 5), and shows no credentials from the URL', async () => {
    const server = await startFakeChatServer([]);
    await server.close();
    const url = server.url.replace('http://', 'http://user:pw-secret@');
    const extractor = new LlmExtractor(settings(url, { retries: 1 }), { backoffMs: 10 });
    const error = await extractor.extract(article, context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect((error as Error).message).toMatch(/^cannot reach the language model at http:\/\/127\.0\.0\.1:\d+\/v1 \(ECONNREFUSED\): start it, or fix NEWSGRAPH_LLM_BASE_URL \/ --llm-url$/);
    expect(exitCodeFor[(error as AppError).code]).toBe(5);
  });
});
