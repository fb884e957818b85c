import type { Operation } from './queries.ts';

/** An error answered by the GraphQL API (or the network), with the API's `extensions.code`. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Posts one GraphQL operation to the server that served this page and returns its data (typed by the operation). */
export async function gql<T, V>(query: Operation<T, V>, variables?: V, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch('graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables: variables ?? {} }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('The newsgraph server is not reachable. Is `npm start` still running?', 'NETWORK');
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await res.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(`The server answered HTTP ${res.status} without a GraphQL response.`, 'HTTP');
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, String(first.extensions?.code ?? 'UNKNOWN'), first.extensions ?? {});
  if (!body.data) throw new ApiError(`The server answered HTTP ${res.status} with no data.`, 'HTTP');
  return body.data;
}

/** A sentence for people: what went wrong and what to do, by the API's error code. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return `Something went wrong in the page: ${(error as Error)?.message ?? String(error)}`;
  switch (error.code) {
    case 'DATABASE_UNAVAILABLE':
      return 'The database is not reachable right now. Check that Neo4j is running (npx newsgraph db status), then retry.';
    case 'LIMIT_EXCEEDED': {
      const { limit, max } = error.extensions as { limit?: unknown; max?: unknown };
      const what = limit ? ` (${String(limit)}${max !== undefined ? `, at most ${String(max)}` : ''})` : '';
      return `That view is too large for one request${what}. Narrow the filters or hide some nodes. Server said: ${error.message}`;
    }
    case 'TIMEOUT':
      return 'The query took too long. Narrow the filters (date range, relation types) and retry.';
    case 'NOT_FOUND':
      return `Not found: ${error.message}`;
    case 'BAD_USER_INPUT':
      return `The server rejected the request: ${error.message}`;
    case 'NETWORK':
    case 'HTTP':
      return error.message;
    default:
      return `The server reported an error: ${error.message}`;
  }
}
