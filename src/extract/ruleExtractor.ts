import nlp from 'compromise';
import { relationSpec, type FactStatus, type RelationType } from '../model/vocabulary.ts';
import { EntityTable } from './entityTable.ts';
import { MentionFinder, type Discourse, type Mention } from './findMentions.ts';
import { findOperations, type OperationRecord } from './findOperations.ts';
import { P, PX, maskSentence, stripArticles, unmask, type MaskedSentence } from './maskSentence.ts';
import { matchPatterns, type FactCandidate } from './relationPatterns.ts';
import { resolveDate } from './resolveDate.ts';
import { draftArticle } from './draftArticle.ts';
import { splitSentences, type Sentence } from './splitSentences.ts';
import type { ArticleInput, Draft, DraftFact, ExtractContext, Extractor } from './types.ts';

const NAME = 'newsgraph-rules';
const VERSION = '0.1.0';

// Trailing site furniture: nothing after these lines is part of the article.
const BOILERPLATE = /^(?:join the discussion|related(?: articles| stories)?:?|read more|comment policy|follow us|subscribe|share this|sign up|we welcome thoughtful)/i;
// A report the article relays rather than asserts.
const REPORTED = /\b(?:a report|reports?(?: said| say| that)|reportedly|according to|claimed that|claims that|claim that|allegedly|said to have|is believed to have)\b/i;
const SPEECH = '(?:said|says|added|told\\s+\\w+|wrote|stated|declared|warned|insisted|argued|posted)';
const CRITICISM_CUE = /\b(?:violat\w*\s+(?:international|human rights|humanitarian)\s+law|illegal|unlawful|with concern|condemn\w*|unacceptable|crimes? against humanity|war crimes?|reckless|outrageous|deplor\w*|irrational|aggression|murder|extrajudicial|disproportionate|shameful|(?:deeply|gravely|seriously|very) concerned|alarmed|dismay\w*)\b/i;
const CASUALTIES = new RegExp(
  `(?<op>${PX})(?:(?!⟦)[^.;]){0,60}?\\b(?:killed|killing|left)\\s+(?<n>(?:at least |more than |some |about |nearly |around |over )?[\\w-]+\\s+(?:[\\w-]+\\s+)?(?:fighters|people|civilians|soldiers|militants|rebels|guerrillas|troops|members|fishermen|sailors|children|crew|others|dead))`,
  'g',
);
const OFFICE_WORD = '(?:editor|minister|president|director|chief|spokesperson|spokesman|spokeswoman|ambassador|commander|head|secretary|leader|correspondent|reporter|chairman|chair|founder|envoy|diplomat)';
const COPULA_OFFICE = new RegExp(`(?<s>${PX})\\s+(?:is|was|serves as|has been)\\s+(?:the\\s+|a\\s+)?(?<t>(?:[a-z-]+\\s+){0,3}?${OFFICE_WORD})\\s+(?:of|at|for)\\s+(?<o>${PX})`, 'g');
const APPOSITION_OFFICE = new RegExp(`(?<s>${PX}),\\s+(?:the\\s+|a\\s+)?(?:(?<c>${PX})(?:['’]s?)?\\s+)?(?<t>(?:[a-z-]+\\s+){0,2}?${OFFICE_WORD})(?:\\s+(?:of|at|for)\\s+(?<o>${PX}))?\\s*,`, 'g');

// "The United Nations envoy for Yemen, Hans Grundberg, said": the title before the name.
const REVERSE_APPOSITION_OFFICE = new RegExp(`(?<o>${PX})(?:['’]s)?\\s+(?<t>(?:[a-z-]+\\s+){0,2}?${OFFICE_WORD})(?:\\s+(?:for|to|in|at|on)\\s+${PX})?,\\s+(?<s>${PX})\\s*,`, 'g');

/** Whether a line is a headline: no closing punctuation and mostly capitalised words. */
function isHeadline(sentence: Sentence): boolean {
  if (sentence.paragraph !== 0 || /[.!?"”]$/.test(sentence.text)) return false;
  const words = sentence.text.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

interface Emitted extends DraftFact {
  key: string;
}

/** The rule-based extractor: compromise for names, a gazetteer and relation patterns for the rest. */
export class RuleExtractor implements Extractor {
  readonly name = NAME;
  readonly version = VERSION;

  /** Extracts a draft fact file from an article; pure and deterministic. */
  async extract(input: ArticleInput, context: ExtractContext): Promise<Draft> {
    return this.extractSync(input, context);
  }

  /** The same, synchronously (the rules need no I/O). */
  extractSync(input: ArticleInput, context: ExtractContext): Draft {
    const text = input.text;
    const sentences = splitSentences(text);
    const notices: string[] = [];
    const headline = sentences[0] && isHeadline(sentences[0]) ? sentences[0] : undefined;
    const title = input.title ?? headline?.text ?? sentences[0]?.text.slice(0, 120) ?? 'untitled';
    const stop = sentences.findIndex((s) => BOILERPLATE.test(s.text));
    const body = sentences.filter((s, i) => s !== headline && (stop === -1 || i < stop));

    const people = personSpans(text);

    const table = new EntityTable(context);
    const discourse: Discourse = { recent: [], offices: [] };
    const finder = new MentionFinder(table, discourse);
    const ops: OperationRecord[] = [];
    const facts = new Map<string, Emitted>();
    const extractor = { name: NAME, version: VERSION };
    let previousDate: string | undefined;

    const emit = (relation: RelationType, subject: string, object: string, s: Sentence, opts: { confidence: number; status: FactStatus; date?: string; properties?: Record<string, string> }) => {
      const spec = relationSpec(relation);
      const se = table.get(subject);
      const oe = table.get(object);
      if (!spec || !se || !oe || subject === object) return;
      if (!spec.subjects.includes(se.type) || !spec.objects.includes(oe.type)) return;
      const properties = Object.fromEntries(Object.entries(opts.properties ?? {}).filter(([k, v]) => spec.properties.includes(k) && v));
      const key = `${subject}|${relation}|${object}`;
      const prev = facts.get(key);
      if (prev) {
        // One fact per triple: keep the first evidence, the best confidence, any extra detail.
        prev.confidence = Math.max(prev.confidence, opts.confidence);
        if (opts.status === 'asserted') prev.status = 'asserted';
        prev.date ??= opts.date;
        prev.properties = { ...properties, ...prev.properties };
        if (!Object.keys(prev.properties).length) delete prev.properties;
        return;
      }
      const fact: Emitted = { key, subject, relation, object, evidence: s.text, offsets: [s.start, s.end], confidence: round(opts.confidence), status: opts.status, extractor };
      if (opts.date) fact.date = opts.date;
      if (Object.keys(properties).length) fact.properties = properties;
      facts.set(key, fact);
    };

    body.forEach((s, sIndex) => {
      const spans = people.filter(([a, b]) => a >= s.start && b <= s.end).map(([a, b]) => [a - s.start, b - s.start] as [number, number]);
      const mentions = finder.find(s.text, spans);
      const ms: MaskedSentence = maskSentence(s.text, mentions);
      const opClaims = findOperations(ms, sIndex, ops, table, discourse);
      const masked = stripArticles(ms.masked);
      const date = resolveDate(s.text, input.publishedAt, previousDate)?.date;
      if (date) previousDate = date;
      const id = (i: number) => ms.mentions[i]?.entityId;
      const confOf = (base: number, ...idx: number[]) => {
        let c = base;
        for (const i of idx) {
          const m = ms.mentions[i];
          if (m && (m.via === 'pronoun' || m.via === 'nominal')) c *= 0.9;
        }
        return c;
      };
      const statusAt = (at: number, subjectIdx?: number) => {
        const sPos = subjectIdx !== undefined ? masked.indexOf(`⟦${subjectIdx}⟧`) : at;
        const from = Math.max(0, Math.min(sPos, at) - 40);
        return REPORTED.test(masked.slice(from, Math.max(at, sPos))) ? 'reported' : 'asserted';
      };
      const base = (c: number, status: FactStatus) => ({ confidence: status === 'reported' ? c * 0.9 : c, status, date });

      for (const o of finder.offices.splice(0)) {
        if (o.orgOrCountryId) emit('HOLDS_OFFICE', o.personId, o.orgOrCountryId, s, { ...base(o.inferred ? 0.6 : 0.9, 'asserted'), properties: { title: o.title } });
      }
      for (const p of finder.parts.splice(0)) emit('PART_OF', p.orgId, p.parentId, s, base(0.8, 'asserted'));
      for (const re of [COPULA_OFFICE, APPOSITION_OFFICE, REVERSE_APPOSITION_OFFICE]) {
        for (const m of masked.matchAll(re)) {
          const si = Number(/\d+/.exec(m.groups!.s!)![0]);
          const oi = m.groups!.o ?? m.groups!.c;
          if (!oi) continue;
          const oIdx = Number(/\d+/.exec(oi)![0]);
          emit('HOLDS_OFFICE', id(si)!, id(oIdx)!, s, { ...base(confOf(0.8, si, oIdx), 'asserted'), properties: { title: m.groups!.t!.trim() } });
        }
      }

      for (const c of opClaims) {
        const op = id(c.opIndex)!;
        const status = statusAt(masked.indexOf(`⟦${c.opIndex}⟧`));
        if (c.conductor !== undefined) emit('CONDUCTED', id(c.conductor)!, op, s, base(confOf(0.75, c.conductor), status));
        if (c.target !== undefined) {
          const record = ops.find((r) => r.id === op);
          emit('ATTACKED', record?.conductor ?? op, id(c.target)!, s, base(confOf(0.75, c.target), status));
          // Strikes on a country take place in it.
          if (ms.mentions[c.target]?.type === 'Country') emit('OCCURRED_IN', op, id(c.target)!, s, base(0.7, status));
        }
        if (c.place !== undefined) emit('OCCURRED_IN', op, id(c.place)!, s, base(0.75, status));
      }
      for (const m of masked.matchAll(CASUALTIES)) {
        const opIdx = Number(/\d+/.exec(m.groups!.op!)![0]);
        const record = ops.find((r) => r.id === id(opIdx));
        if (!record?.targetEntity) continue;
        emit('ATTACKED', record.conductor ?? record.id, record.targetEntity, s, { ...base(0.7, statusAt(m.index)), properties: { casualties: m.groups!.n!.trim() } });
      }

      const candidates: FactCandidate[] = [...matchPatterns({ masked, mentions: ms.mentions }), ...quotedCriticism(masked, ms.mentions, discourse)];
      for (const c of candidates) {
        for (const si of c.subjects) {
          const subject = id(si);
          if (!subject) continue;
          let objects = [...c.objects.map(id), ...(c.objectIds ?? [])].filter((x): x is string => !!x);
          if (c.objectIsAccuser) {
            objects = [...facts.values()].filter((f) => f.relation === 'ACCUSED' && f.object === subject).map((f) => f.subject).slice(-1);
          }
          const status = statusAt(c.at, si);
          const properties = Object.fromEntries(Object.entries(c.properties ?? {}).map(([k, v]) => [k, clean(unmask(v, ms.mentions))]));
          for (const [n, object] of objects.entries()) {
            const oi = c.objects[n];
            const conf = confOf(c.confidence, si, ...(oi !== undefined ? [oi] : [])) * (c.subjects.length > 1 || objects.length > 1 ? 0.95 : 1);
            emit(c.relation, subject, object, s, { ...base(conf, status), properties });
          }
        }
      }
    });

    const factList = [...facts.values()].map(({ key: _key, ...f }) => ({ ...f, confidence: round(f.confidence) }));
    if (!factList.length) notices.push('no recognisable facts: the draft has entities only; write the facts by hand or check the text');
    return { article: draftArticle(input, title), entities: [...table.used.values()], facts: factList, notices };
  }
}

/**
 * Criticism in reported speech: a quote or "⟦X⟧ said that ..." whose words condemn
 * ("violate international law", "illegal", "with concern") is ⟦X⟧ criticising the operation
 * (or else the first other actor) it talks about.
 */
function quotedCriticism(masked: string, mentions: readonly Mention[], discourse: Discourse): FactCandidate[] {
  const after = new RegExp(`[”"]\\s*,?\\s*${P}\\s+${SPEECH}|${SPEECH}\\s+${P}\\s*[.,]`).exec(masked);
  const before = new RegExp(`${P}(?:\\s+\\w+ly)?\\s+${SPEECH}\\b`).exec(masked);
  const speakerMatch = after ?? before;
  if (!speakerMatch || !CRITICISM_CUE.test(masked)) return [];
  const speaker = Number(speakerMatch[1] ?? speakerMatch[2]);
  if (!['Person', 'Country', 'Organization'].includes(mentions[speaker]?.type ?? '')) return [];
  const region = after ? masked.slice(0, speakerMatch.index) : masked.slice(speakerMatch.index + speakerMatch[0].length);
  const own = new Set([mentions[speaker]!.entityId, ...discourse.offices.filter((o) => o.personId === mentions[speaker]!.entityId).map((o) => o.of)]);
  const placeholders = [...region.matchAll(/⟦(\d+)⟧/g)].map((m) => Number(m[1]));
  const target =
    placeholders.find((i) => mentions[i]?.kind === 'operation') ??
    placeholders.find((i) => mentions[i]?.kind === 'entity' && ['Person', 'Country', 'Organization'].includes(mentions[i]!.type) && !own.has(mentions[i]!.entityId));
  if (target !== undefined) return [{ relation: 'CRITICIZED', subjects: [speaker], objects: [target], confidence: 0.6, at: speakerMatch.index, pattern: 'quote:criticism' }];
  // No target named: the concern is about the operation the article is discussing, if any.
  const current = [...discourse.recent].reverse().slice(0, 8).find((r) => r.type === 'Operation');
  return current ? [{ relation: 'CRITICIZED', subjects: [speaker], objects: [], objectIds: [current.id], confidence: 0.5, at: speakerMatch.index, pattern: 'quote:criticism-topic' }] : [];
}

// Runs of two to four capitalised words: the only places a person's full name can be.
const CAPITALISED_RUN = /(?<![\p{L}'’])\p{Lu}[\p{L}'’.-]*(?:\s+(?:de\s+|van\s+|von\s+|al-|bin\s+)?\p{Lu}[\p{L}'’.-]*){1,3}/gu;

/**
 * Person names (offsets into `text`): compromise tags each run of capitalised words rather
 * than the whole article, which keeps its cost proportional to the names, not the text.
 */
function personSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const run of text.matchAll(CAPITALISED_RUN)) {
    const people = nlp(run[0]).people().json({ offset: true }) as Array<{ offset: { start: number; length: number } }>;
    for (const p of people) spans.push([run.index + p.offset.start, run.index + p.offset.start + p.offset.length]);
  }
  return spans;
}

function clean(text: string): string {
  // An allegation ends where the next clause starts ("... the bombing and said the strikes ...").
  return text.replace(/["“”]/g, '').replace(/\s+and\s+(?:said|says|added|called|vowed|warned|urged|announced|insisted)\b.*$/, '').replace(/\s+/g, ' ').trim();
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}


/** The default extractor: deterministic rules, no network, no model download. */
export const ruleExtractor = new RuleExtractor();
