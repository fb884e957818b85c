/** The events of a GDELT export, read exactly as the importer reads them (for the floor loader). */
import { gdeltRowToEvent } from '../src/importers/gdelt/gdeltRowToEvent.ts';
import type { GdeltEvent } from '../src/importers/gdelt/gdeltEvent.ts';
import { gdeltSources } from '../src/importers/gdelt/gdeltSources.ts';
import { readGdeltRecords } from '../src/importers/gdelt/readGdeltRecords.ts';
import { sniffGdeltFormat } from '../src/importers/gdelt/sniffGdeltFormat.ts';

export async function readGdeltEvents(file: string): Promise<GdeltEvent[]> {
  const { sources, close } = await gdeltSources([file]);
  const events: GdeltEvent[] = [];
  try {
    for (const source of sources) {
      const format = await sniffGdeltFormat(source);
      for await (const record of readGdeltRecords(source, format)) {
        const event = 'row' in record ? gdeltRowToEvent(record.row, record.line) : record;
        if (!('skip' in event)) events.push(event);
      }
    }
  } finally {
    close();
  }
  return events;
}

/**
 * Writes a GDELT CSV of `rows` data rows by repeating the sample's rows with fresh event ids
 * and source URLs (so every copy is a new event from a new article, over the same actors).
 */
export function generateGdeltCsv(sampleText: string, rows: number): string {
  const lines = sampleText.split('\n').filter((l) => l.trim());
  const [header, ...data] = lines;
  const out = [header!];
  for (let i = 0; i < rows; i++) {
    const copy = Math.floor(i / data.length);
    const line = data[i % data.length]!;
    const first = line.indexOf(',');
    const lastComma = line.lastIndexOf(',');
    const id = line.slice(0, first);
    const url = line.slice(lastComma + 1);
    out.push(`${id}${String(copy).padStart(3, '0')}${line.slice(first, lastComma + 1)}${url.replace(/\r$/, '')}${url.includes('?') ? '&' : '?'}copy=${copy}`);
  }
  return `${out.join('\n')}\n`;
}
