import type { ParsedToken } from '../../nlp/parseTypes.ts';

/** Words that make a noun phrase a title ("Foreign Minister", "spokesman", "secretary general"): general English. */
export const OFFICE_WORDS = new Set(
  'president minister secretary spokesman spokeswoman spokesperson ambassador envoy general commander chief head director leader chairman chairwoman chair governor mayor emir king queen premier chancellor lawmaker senator representative commissioner counterpart officer official monarch sultan prosecutor judge diplomat adviser advisor aide negotiator coordinator rapporteur administrator inspector admiral colonel lieutenant prince pope bishop archbishop chairperson'.split(' '),
);

/**
 * Government portfolios, the part of a title after "of" / "for" ("Secretary of State", "Minister
 * for Foreign Affairs", "Minister of the Interior"): general English, not bodies of their own.
 */
export const PORTFOLIO =
  /^(?:the )?(?:(?:national |public |homeland |internal )?(?:defen[cs]e|security)|state|health|energy|commerce|labou?r|(?:the )?treasury|interior|justice|education|agriculture|transport(?:ation)?|finance|economy|(?:foreign )?trade|industry|environment|culture|tourism|information|communications?|immigration|housing|(?:international )?development|science(?: and technology)?|technology|planning|petroleum|oil|mines|water|fisheries|war|public works|(?:the )?armed forces|(?:the )?(?:army|defen[cs]e|general|naval|air|joint) staff|foreign relations|(?:foreign|home|external|internal|economic|social|veterans['’]?|european|legal|religious|indigenous|consumer|public|women['’]?s|foreign and commonwealth) affairs)$/i;

/** Most words one portfolio has ("Foreign and Commonwealth Affairs"). */
const MAX_PORTFOLIO_WORDS = 4;

/**
 * The portfolios right after a title's office word at `office` ("Minister [of Defence]",
 * "Secretary [of State for Defence]", "Minister [for the Interior]"): the index of their last
 * token, or undefined when none follows. Each is "of" / "for", maybe "the", then the longest
 * capitalised run the portfolio list names.
 */
export function portfoliosAfter(tokens: readonly ParsedToken[], office: number): number | undefined {
  let last: number | undefined;
  for (let k = office + 1; ['of', 'for'].includes(tokens[k]?.text ?? ''); k = last + 1) {
    const start = tokens[k + 1]?.text === 'the' ? k + 2 : k + 1;
    let n = MAX_PORTFOLIO_WORDS;
    for (; n >= 1; n--) {
      const words = tokens.slice(start, start + n);
      if (words.length === n && /^\p{Lu}/u.test(words[0]!.text) && PORTFOLIO.test(words.map((t) => t.text).join(' '))) break;
    }
    if (n < 1) break;
    last = start + n - 1;
  }
  return last;
}
