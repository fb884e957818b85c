import type { EntityTable } from './entityTable.ts';
import type { Discourse, Mention } from './findMentions.ts';
import { PX, unmask, type MaskedSentence } from './maskSentence.ts';

/** An operation the article talks about, with what its mentions told us about it. */
export interface OperationRecord {
  id: string;
  conductor?: string;
  targetEntity?: string;
  targetNoun?: string;
  place?: string;
  lastSentence: number;
}

/** Facts an operation mention implies (who conducts it, what it hits, where it is). */
export interface OperationClaim {
  opIndex: number;
  conductor?: number;
  target?: number;
  place?: number;
}

const MODIFIERS = 'illegal|military|deadly|lethal|alleged|ongoing|own|recent|new|missile|naval|drone|air|aerial|ground|retaliatory|cross-border|repeated|latest|further|renewed|joint|large-scale|massive|brutal|unprecedented|controversial|lethal';
const HEADS = 'bombing campaign|air campaign|military campaign|military operations?|air strikes|airstrikes|air raids|drone strikes|drone attacks|missile strikes|missile attacks?|strikes|raids|bombings?|bombardment|offensive|operations?|attacks?|invasion|incursions?|blockade|shelling|assault|crackdown|campaign';
// Words that end a target noun phrase ("boats in the region", "camp killed 19").
const STOP = 'in|on|at|by|for|with|from|over|off|near|and|or|but|that|which|who|as|since|after|before|because|while|killed|killing|left|was|were|is|are|has|have|had|will|would|could|persists|persisted|continued|continues|began|ended|to|than|the';
const NP_WORD = `(?!(?:${STOP})\\b)[\\p{L}][\\p{L}'’-]*`;
// Head nouns that make a target noun phrase an armed or criminal group ("an ex-FARC splinter group").
const GROUP_HEAD = /^(?:group|faction|rebels|militants|guerrillas|insurgents|militia|fighters|cartel|cartels|gang|gangs)$/i;
const OP_RE = new RegExp(
  `(?<![\\p{L}])(?:(?:a|an|its|their|this|that|these|those|such)\\s+)?(?:(${PX})(?:['’]s?)?\\s+)?((?:(?:${MODIFIERS})\\s+)*)(${HEADS})\\b` +
    `(?:\\s+(?<prep>on|against|of|targeting)\\s+(?:(${PX})|((?:(?:the|an?|alleged|suspected)\\s+)*(?:${NP_WORD}\\s+){0,2}${NP_WORD})))?` +
    `(?:\\s+(?:in|off|near|across|over|along)\\s+(${PX})(?:\\s+region)?)?`,
  'gu',
);
// Heads that are rarely verbs, so a conductor alone makes an operation ("Russian airstrikes").
const STANDALONE = /^(?:airstrikes|air strikes|air raids|drone strikes|missile strikes|bombing campaign|air campaign|offensive|invasion|bombardment|incursions?)$/;
const ACTOR = new Set(['Person', 'Country', 'Organization']);

const singular = (w: string) => w.toLowerCase().replace(/(?:es|s)$/, '');

/**
 * Finds operation mentions in a masked sentence ("its bombing of alleged drug boats in the
 * region", "the US strikes on boats", "airstrikes against an ex-FARC splinter group"), links
 * each to an operation already seen in the article when nothing contradicts it (same target
 * or, for bare mentions, the most recent compatible one), or mints a new Operation entity.
 * Replaces each operation mention by a placeholder and returns what the mentions imply.
 */
export function findOperations(
  sentence: MaskedSentence,
  sentenceIndex: number,
  ops: OperationRecord[],
  table: EntityTable,
  discourse: Discourse,
): OperationClaim[] {
  const claims: OperationClaim[] = [];
  const { mentions } = sentence;
  const idx = (s: string | undefined) => (s ? Number(/\d+/.exec(s)![0]) : undefined);
  sentence.masked = sentence.masked.replace(OP_RE, (all, cond: string | undefined, _mods: string, head: string, prep: string | undefined, tgtP: string | undefined, tgtNp: string | undefined, placeP: string | undefined) => {
    if (tgtNp) {
      // A group named only by a description becomes an entity of its own, typed by its head noun.
      const words = tgtNp.trim().split(/\s+/);
      const headNoun = words[words.length - 1]!;
      if (GROUP_HEAD.test(headNoun) && words.length >= 2) {
        const name = tgtNp.replace(/^(?:(?:the|an?|alleged|suspected)\s+)+/i, '').trim();
        const kind = /cartel|gang/i.test(headNoun) ? 'criminal_group' : 'armed_group';
        const entity = table.resolveOrCreate(name, 'Organization', name, kind);
        table.use(entity, name);
        mentions.push({ start: -1, end: -1, surface: name, kind: 'entity', entityId: entity.id, type: entity.type, via: 'name' });
        discourse.recent.push({ id: entity.id, type: entity.type, name: entity.name, kind: entity.kind });
        tgtP = `⟦${mentions.length - 1}⟧`;
        tgtNp = undefined;
      }
    }
    const ci = idx(cond);
    const ti = idx(tgtP);
    const pi = idx(placeP);
    const conductor = ci !== undefined && (ACTOR.has(mentions[ci]!.type) || mentions[ci]!.kind === 'demonym') ? mentions[ci]! : undefined;
    if (ci !== undefined && !conductor) return all;
    const target = ti !== undefined && ACTOR.has(mentions[ti]!.type) ? mentions[ti] : undefined;
    const place = pi !== undefined && (mentions[pi]!.type === 'Place' || mentions[pi]!.type === 'Country') ? mentions[pi] : undefined;
    if (ti !== undefined && !target) return all;
    const noun = tgtNp ? singular(tgtNp.trim().split(/\s+/).pop()!) : undefined;
    const c = conductor?.entityId;
    const compatible = (o: OperationRecord) => !(c && o.conductor && c !== o.conductor) && !(place && o.place && place.entityId !== o.place);
    const surface = unmask(all, mentions).replace(/^(?:a|an|its|their|this|that|these|those|such|his|her)\s+/i, '').trim();
    // A bare mention ("the strikes") says nothing about which operation: it must not become an alias.
    const specific = !!(conductor || target || noun || place);
    const named = specific ? table.resolve(surface) : undefined;
    let op: OperationRecord | undefined;
    if (named?.type === 'Operation') {
      op = ops.find((o) => o.id === named.id);
      if (!op) ops.push((op = { id: named.id, lastSentence: sentenceIndex }));
    } else if (target) op = ops.find((o) => o.targetEntity === target.entityId && compatible(o));
    else if (noun) op = ops.find((o) => o.targetNoun === noun && compatible(o)) ?? [...ops].reverse().find((o) => o.targetEntity && !o.targetNoun && o.lastSentence >= sentenceIndex - 2 && compatible(o));
    else {
      const candidates = [...ops].reverse().filter(compatible);
      op = (c && candidates.find((o) => o.conductor === c)) || (place && candidates.find((o) => o.place === place.entityId)) || candidates[0];
    }
    if (!op) {
      const standalone = STANDALONE.test(head.toLowerCase());
      if (!target && !noun && !(standalone && (conductor || place))) return all;
      const conductorName = conductor ? (conductor.kind === 'demonym' || conductor.via === 'pronoun' ? table.get(conductor.entityId)?.name : conductor.surface) : undefined;
      const name = [conductorName, head.toLowerCase(), target ? `against ${table.get(target.entityId)?.name}` : tgtNp ? `${prep ?? 'on'} ${tgtNp.replace(/^(?:the|an?)\s+/, '')}` : '', !target && !tgtNp && place ? `in ${table.get(place.entityId)?.name}` : '']
        .filter(Boolean)
        .join(' ');
      const entity = table.resolveOrCreate(name, 'Operation', name);
      op = { id: entity.id, lastSentence: sentenceIndex };
      ops.push(op);
      table.use(entity, surface);
    } else {
      const e = table.get(op.id);
      if (e) table.use(e, specific ? surface : undefined);
    }
    op.lastSentence = sentenceIndex;
    if (c && !op.conductor) op.conductor = c;
    if (target && !op.targetEntity) op.targetEntity = target.entityId;
    if (noun && !op.targetNoun) op.targetNoun = noun;
    if (place && !op.place) op.place = place.entityId;
    const e = table.get(op.id)!;
    discourse.recent.push({ id: e.id, type: 'Operation', name: e.name });
    const opIndex = mentions.length;
    mentions.push({ start: -1, end: -1, surface, kind: 'operation', entityId: op.id, type: 'Operation', via: 'name' } satisfies Mention);
    claims.push({ opIndex, conductor: conductor ? ci : undefined, target: target ? ti : undefined, place: place ? pi : undefined });
    const targetText = tgtP && target ? ` ${prep} ⟦${ti}⟧` : '';
    return `⟦${opIndex}⟧${targetText}`;
  });
  claims.push(...verbalOperations(sentence, sentenceIndex, ops, table, discourse));
  return claims;
}

// "Turkish warplanes struck Kurdish positions in northern ⟦SYR⟧": a use of force told as a clause.
const STRIKE_CLAUSE = new RegExp(
  `(?<c>${PX})(?:['’]s?)?(?:\\s+(?:warplanes|jets|fighter jets|aircraft|drones|forces|troops|military|army|navy|artillery))?\\s+(?:struck|bombed|shelled|pounded|raided|launched (?:strikes|airstrikes|attacks) (?:on|against))\\s+(?<o>${PX}|(?:(?!(?:in|across|near)\\b)[\\p{L}-]+\\s+){0,3}(?!(?:in|across|near)\\b)[\\p{L}-]+)(?:\\s+(?:in|across|near)\\s+(?:(?:northern|southern|eastern|western|central|north|south|east|west)(?:ern)?\\s+)?(?<p>${PX}))?(?=[\\s,.;]|$)`,
  'gu',
);

/**
 * Operations told as clauses rather than noun phrases: when no operation of the conductor is
 * known yet, one is minted ("Turkey strikes in Syria") so later "the strikes" / "the
 * operation" have something to refer to.
 */
function verbalOperations(sentence: MaskedSentence, sentenceIndex: number, ops: OperationRecord[], table: EntityTable, discourse: Discourse): OperationClaim[] {
  const claims: OperationClaim[] = [];
  const { mentions } = sentence;
  for (const m of sentence.masked.matchAll(STRIKE_CLAUSE)) {
    const ci = Number(/\d+/.exec(m.groups!.c!)![0]);
    const conductor = mentions[ci]!;
    if (!(ACTOR.has(conductor.type) || conductor.kind === 'demonym')) continue;
    const oi = m.groups!.o!.startsWith('⟦') ? Number(/\d+/.exec(m.groups!.o!)![0]) : undefined;
    const target = oi !== undefined && ACTOR.has(mentions[oi]!.type) ? oi : undefined;
    const pi = m.groups!.p ? Number(/\d+/.exec(m.groups!.p)![0]) : undefined;
    const place = pi !== undefined && (mentions[pi]!.type === 'Place' || mentions[pi]!.type === 'Country') ? pi : undefined;
    if (place === undefined && target === undefined) continue;
    if (ops.some((o) => o.conductor === conductor.entityId)) continue;
    const who = table.get(conductor.entityId)?.name ?? conductor.surface;
    const name = `${who} strikes ${target !== undefined ? `on ${table.get(mentions[target]!.entityId)?.name}` : `in ${table.get(mentions[place!]!.entityId)?.name}`}`;
    const entity = table.resolveOrCreate(name, 'Operation', name);
    table.use(entity);
    const op: OperationRecord = { id: entity.id, conductor: conductor.entityId, lastSentence: sentenceIndex };
    if (target !== undefined) op.targetEntity = mentions[target]!.entityId;
    if (place !== undefined) op.place = mentions[place]!.entityId;
    ops.push(op);
    discourse.recent.push({ id: entity.id, type: 'Operation', name: entity.name });
    const opIndex = mentions.length;
    mentions.push({ start: -1, end: -1, surface: name, kind: 'operation', entityId: entity.id, type: 'Operation', via: 'name' });
    claims.push({ opIndex, conductor: ci, target, place });
  }
  return claims;
}
