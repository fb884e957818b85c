import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isPartialDate, PARTIAL_DATE } from '../../model/vocabulary.ts';

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isPartialDate(value)) {
    throw new GraphQLError(`PartialDate must be "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real day), got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** `scalar PartialDate`: "2025", "2025-10" or "2025-10-03", kept as a string (it sorts chronologically). */
export const PartialDateScalar = new GraphQLScalarType<string | null, string>({
  name: 'PartialDate',
  description: 'A partial date: "2025", "2025-10" or "2025-10-03".',
  // Stored dates were checked on the way in (ingest validates them): the pattern alone here,
  // without the calendar check's Date round trip for every date in an answer.
  serialize: (value) => {
    if (typeof value !== 'string' || !PARTIAL_DATE.test(value)) return parse(value);
    return value;
  },
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : `<${ast.kind}>`),
});
