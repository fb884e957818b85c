/**
 * Blanks out string literals, quoted names and comments of a Cypher text, so a ";" inside
 * them is not taken for the end of a statement.
 */
export function stripCypherLiterals(text: string): string {
  return text.replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '""');
}
