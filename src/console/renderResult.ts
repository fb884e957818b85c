import neo4j from 'neo4j-driver';
import { toPlain } from '../graph/toPlain.ts';
import { formatValue } from './formatValue.ts';
import type { ConsoleResult } from './runConsoleQuery.ts';

/** Output formats of the console. */
export const FORMATS = ['table', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * Renders result rows as an aligned table, CSV (RFC 4180, header row) or JSON (an array of
 * row objects via toPlain, so it parses back to the same data).
 */
export function renderResult(result: ConsoleResult, format: Format): string {
  if (format === 'json') return `${JSON.stringify(result.records.map((r) => toPlain(r)), null, 2)}\n`;
  if (format === 'csv') {
    const lines = [result.columns, ...result.records.map((r) => result.columns.map((c) => formatValue(r[c])))];
    return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + (lines.length ? '\r\n' : '');
  }
  return renderTable(result);
}

/** cypher-shell's layout: +---+ rules above and below the header and at the end; numbers right-aligned. */
function renderTable(result: ConsoleResult): string {
  if (result.columns.length === 0) return '';
  const rows = result.records.map((r) => result.columns.map((c) => ({ text: cellText(r[c]), right: isNumber(r[c]) })));
  const width = (t: string) => [...t].length;
  const widths = result.columns.map((c, i) => Math.max(width(c), ...rows.map((row) => width(row[i]!.text))));
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const line = (cells: { text: string; right: boolean }[]) =>
    `|${cells.map((cell, i) => {
      const pad = ' '.repeat(widths[i]! - width(cell.text));
      return ` ${cell.right ? pad + cell.text : cell.text + pad} `;
    }).join('|')}|`;
  const head = line(result.columns.map((c) => ({ text: c, right: false })));
  return `${[rule, head, rule, ...rows.map(line), ...(rows.length ? [rule] : [])].join('\n')}\n`;
}

/** Table cells with text longer than this are shortened with "…"; csv and json keep full values. */
export const MAX_CELL_WIDTH = 80;

// Long texts (evidence quotes) are shortened; nodes, paths and lists are kept whole.
function cellText(value: unknown): string {
  const flat = formatValue(value).replace(/\r?\n/g, ' ');
  if (typeof value !== 'string') return flat;
  const chars = [...flat];
  return chars.length > MAX_CELL_WIDTH ? `${chars.slice(0, MAX_CELL_WIDTH - 1).join('')}…` : flat;
}

function isNumber(value: unknown): boolean {
  return typeof value === 'number' || neo4j.isInt(value);
}

function csvCell(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The line after a result: row count, the cut notice, write counters and time. */
export function describeResult(result: ConsoleResult): string {
  const rows = `${result.records.length} row${result.records.length === 1 ? '' : 's'}`;
  const parts = [result.truncated ? `${rows} shown; more rows were cut at the limit of ${result.limit} (raise --limit or add LIMIT to the query)` : rows];
  const changes = Object.entries(result.updates)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${what.replace(/([A-Z])/g, ' $1').toLowerCase()}: ${n}`);
  if (changes.length) parts.push(changes.join(', '));
  parts.push(`${result.elapsedMs} ms`);
  return parts.join('; ');
}
