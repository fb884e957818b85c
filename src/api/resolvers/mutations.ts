import type { ApiContext } from '../context.ts';
import { ingestFactFileInput, retractArticleById } from '../ingestFactFileInput.ts';
import { requireApiKey } from '../requireApiKey.ts';
import type { MutationResolvers } from '../generated/resolvers.ts';

/** Mutation.ingestArticle and Mutation.retractArticle (bearer key required). */
export const mutations = {
  ingestArticle: async (_: unknown, args: { input: unknown; articleText?: string | null; dryRun: boolean }, ctx: ApiContext) => {
    requireApiKey(ctx);
    return ingestFactFileInput(ctx.graph, args.input, { articleText: args.articleText ?? undefined, dryRun: args.dryRun, rootDir: ctx.config.rootDir });
  },
  retractArticle: async (_: unknown, args: { id: string }, ctx: ApiContext) => {
    requireApiKey(ctx);
    return retractArticleById(ctx.graph, args.id);
  },
} satisfies MutationResolvers;
