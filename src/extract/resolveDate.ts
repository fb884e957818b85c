import { isPartialDate } from '../model/vocabulary.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH = `(${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})`;
const pad = (n: number) => String(n).padStart(2, '0');

/** What a date expression in a sentence resolves to, and where it was found. */
export interface DateMention {
  date: string;
  text: string;
  index: number;
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function shiftDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
}

/**
 * The date a sentence talks about, as a partial date: explicit dates ("October 3, 2025",
 * "in 2022", "March 2024") are kept; weekdays ("on Tuesday": the last such day on or before
 * publication), "yesterday", "today" and "the following day" resolve only against a full
 * publication date (or the previous sentence's full date); otherwise nothing is invented.
 */
export function resolveDate(sentence: string, publishedAt: string | undefined, previousDate?: string): DateMention | undefined {
  const pubDay = publishedAt && /^\d{4}-\d{2}-\d{2}$/.test(publishedAt) ? publishedAt : undefined;
  const pubYear = publishedAt?.slice(0, 4);
  const found: DateMention[] = [];
  const add = (date: string | undefined, m: RegExpExecArray) => {
    if (date && isPartialDate(date)) found.push({ date, text: m[0], index: m.index });
  };
  let m: RegExpExecArray | null;
  const mdY = new RegExp(`\\b${MONTH}\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:, (\\d{4}))?`, 'g');
  while ((m = mdY.exec(sentence))) {
    const year = m[3] ?? pubYear;
    add(year ? `${year}-${pad(MONTHS.indexOf(m[1]!.toLowerCase()) + 1)}-${pad(Number(m[2]))}` : undefined, m);
  }
  const dMY = new RegExp(`\\b(\\d{1,2}) ${MONTH} (\\d{4})`, 'g');
  while ((m = dMY.exec(sentence))) add(`${m[3]}-${pad(MONTHS.indexOf(m[2]!.toLowerCase()) + 1)}-${pad(Number(m[1]))}`, m);
  const mY = new RegExp(`\\b${MONTH},? (\\d{4})\\b`, 'g');
  while ((m = mY.exec(sentence))) add(`${m[2]}-${pad(MONTHS.indexOf(m[1]!.toLowerCase()) + 1)}`, m);
  const year = /\b(?:in|since|during|by|from|of) (?:early |late |mid-)?((?:19|20)\d{2})\b/g;
  while ((m = year.exec(sentence))) add(m[1], m);
  const weekday = /\b(?:on |last |this )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
  while ((m = weekday.exec(sentence))) {
    if (!pubDay) continue;
    const target = WEEKDAYS.indexOf(m[1]!.toLowerCase());
    const pubDow = new Date(`${pubDay}T00:00:00Z`).getUTCDay();
    add(shiftDays(pubDay, -((pubDow - target + 7) % 7)), m);
  }
  const relative = /\b(yesterday|today|the following day|the next day|the day before)\b/gi;
  while ((m = relative.exec(sentence))) {
    const word = m[1]!.toLowerCase();
    const prevDay = previousDate && /^\d{4}-\d{2}-\d{2}$/.test(previousDate) ? previousDate : undefined;
    if (word === 'yesterday' && pubDay) add(shiftDays(pubDay, -1), m);
    else if (word === 'today' && pubDay) add(pubDay, m);
    else if ((word === 'the following day' || word === 'the next day') && prevDay) add(shiftDays(prevDay, 1), m);
    else if (word === 'the day before' && prevDay) add(shiftDays(prevDay, -1), m);
  }
  found.sort((a, b) => a.index - b.index);
  return found[0];
}
