/**
 * The parse the NLP worker returns for one text: sentences and tokens with their part of
 * speech, dependency arc and named-entity tag. Offsets are UTF-16 indexes into the text
 * (the worker's code-point offsets are converted on arrival).
 */
export interface ParsedToken {
  i: number;
  start: number;
  end: number;
  text: string;
  lemma: string;
  pos: string;
  tag: string;
  dep: string;
  head: number;
  /** NER label (PERSON, ORG, GPE, NORP, ...) or ''. */
  ent: string;
  /** 'B' begins an entity, 'I' continues one, 'O' outside. */
  iob: string;
}

/** One parsed text. */
export interface Parse {
  sentences: Array<[number, number]>;
  tokens: ParsedToken[];
}

type RawToken = [number, number, string, string, string, string, number, string, string];

/** Builds a `Parse` from the worker's answer, mapping code-point offsets to UTF-16 ones. */
export function toParse(text: string, raw: { sentences: Array<[number, number]>; tokens: RawToken[] }): Parse {
  const map = codePointToUtf16(text);
  const at = (cp: number) => (map ? (map[cp] ?? text.length) : cp);
  const tokens = raw.tokens.map(([s, e, lemma, pos, tag, dep, head, ent, iob], i): ParsedToken => {
    const start = at(s);
    const end = at(e);
    return { i, start, end, text: text.slice(start, end), lemma, pos, tag, dep, head, ent, iob };
  });
  return { sentences: raw.sentences.map(([s, e]) => [at(s), at(e)]), tokens };
}

/** Index table code point -> UTF-16 offset, or undefined when the text has no surrogate pairs. */
function codePointToUtf16(text: string): number[] | undefined {
  if (!/[\uD800-\uDFFF]/.test(text)) return undefined;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return map;
}
