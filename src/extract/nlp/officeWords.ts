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
