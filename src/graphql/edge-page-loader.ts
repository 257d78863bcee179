/**
 * The loader of relationship pages: every relationship field a level of a query asks (an actor's
 * projects, agreements and memberships; each project's participants) is one `getEdgePages` call,
 * whatever the fields, their page sizes and the number of nodes. The pages carry their other ends,
 * which prime the node loader: nothing asks the store for them again.
 */
import DataLoader from 'dataloader';
import {
  edgePageSpecId,
  type EdgePageItem,
  type EdgePageRequest,
  type EdgePageSpec,
} from '../domain/edge-pages.js';
import type { GraphNode } from '../domain/graph-records.js';
import { decodeCursor, type Page, type PageRequest } from '../domain/pagination.js';
import type { GraphStore } from '../store/graph-store.js';

/** One node's page of relationships, as one field asks for it. */
export interface EdgePageKey {
  key: string;
  spec: EdgePageSpec;
  page: PageRequest;
}

export type EdgePageLoader = DataLoader<EdgePageKey, Page<EdgePageItem>, string>;

/** JSON keeps `after` (any string) apart from the rest. */
function questionId({ spec, page }: EdgePageKey): string {
  return JSON.stringify([edgePageSpecId(spec), page.first, page.after ?? null]);
}

export function createEdgePageLoader(
  store: GraphStore,
  nodes: DataLoader<string, GraphNode | null>,
): EdgePageLoader {
  return new DataLoader(
    async (asked) => {
      // The keys of one question (spec and page) go as one request of the call; a bad cursor
      // fails its own field, not the siblings batched with it.
      const questions = new Map<string, EdgePageRequest & { keys: string[] }>();
      const failed = new Map<string, Error>();
      for (const item of asked) {
        const id = questionId(item);
        const question = questions.get(id);
        if (question) question.keys.push(item.key);
        else if (!failed.has(id)) {
          const error = cursorError(item.page);
          if (error) failed.set(id, error);
          else questions.set(id, { keys: [item.key], spec: item.spec, page: item.page });
        }
      }
      const requests = [...questions.values()];
      const answers = requests.length > 0 ? await store.getEdgePages(requests) : [];
      const pages = new Map<string, Page<EdgePageItem>>();
      [...questions.keys()].forEach((id, i) => {
        requests[i]!.keys.forEach((key, k) => {
          const page = answers[i]![k]!;
          for (const { value } of page.items) nodes.prime(value.otherKey, value.other);
          pages.set(itemId(id, key), page);
        });
      });
      return asked.map((item) => {
        const id = questionId(item);
        return failed.get(id) ?? pages.get(itemId(id, item.key))!;
      });
    },
    { cacheKeyFn: (item) => itemId(questionId(item), item.key) },
  );
}

function itemId(questionId: string, key: string): string {
  return JSON.stringify([questionId, key]);
}

function cursorError(page: PageRequest): Error | undefined {
  if (page.after === undefined) return undefined;
  try {
    decodeCursor(page.after);
    return undefined;
  } catch (error) {
    return error as Error;
  }
}
