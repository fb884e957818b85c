/** Words that make a noun phrase a title ("Foreign Minister", "spokesman", "secretary general"): general English. */
export const OFFICE_WORDS = new Set(
  'president minister secretary spokesman spokeswoman spokesperson ambassador envoy general commander chief head director leader chairman chairwoman chair governor mayor emir king queen premier chancellor lawmaker senator representative commissioner counterpart officer official monarch sultan prosecutor judge diplomat adviser advisor aide negotiator coordinator rapporteur administrator inspector admiral colonel lieutenant prince pope bishop archbishop chairperson'.split(' '),
);
