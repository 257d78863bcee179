/** `search(text:)`: full-text search over names, aliases and descriptions, ranked, paged. */
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { badInput } from '../../domain/errors.js';
import { MAX_SEARCH_TEXT_LENGTH, searchTokens, type SearchQuery } from '../../domain/search.js';
import type { ApiContext } from '../context.js';
import { pageRequest, toConnection } from '../common/paging.js';
import { toView } from '../common/views.js';
import { SearchArgs, SearchConnectionType } from './search.types.js';

/** The text to search for, or BAD_USER_INPUT when it is blank, too long or has no word in it. */
export function checkSearchText(text: string): string {
  if (text.trim().length === 0) throw badInput('"text" must not be blank.', { argument: 'text' });
  if (text.length > MAX_SEARCH_TEXT_LENGTH) {
    throw badInput(
      `"text" may have at most ${MAX_SEARCH_TEXT_LENGTH} characters; got ${text.length}.`,
      { argument: 'text', max: MAX_SEARCH_TEXT_LENGTH },
    );
  }
  if (searchTokens(text).length === 0)
    throw badInput('"text" must have at least one letter or digit.', { argument: 'text' });
  return text;
}

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnectionType, {
    description:
      'Full-text search over names, aliases and descriptions, in English and Italian where the data has them; ' +
      'case, accents and small typos are ignored ("Bogota" finds Bogotá, "Florenze" Firenze). Best hits first.',
  })
  async search(
    @Args(() => SearchArgs) args: SearchArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<SearchConnectionType> {
    const query: SearchQuery = { text: checkSearchText(args.text) };
    if (args.types && args.types.length > 0) query.types = [...new Set(args.types)];
    const page = await ctx.store.search(query, pageRequest(args, ctx.limits));
    for (const item of page.items) ctx.loaders.node.prime(item.value.node.key, item.value.node);
    const connection = toConnection(page, (hit) => hit);
    return {
      ...connection,
      edges: connection.edges.map(({ cursor, node: hit }) => ({
        cursor,
        node: toView(hit.node),
        score: hit.score,
        matched: hit.matched,
      })),
    };
  }
}
