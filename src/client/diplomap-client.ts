/**
 * A typed client for dashboards: pass a document from `src/client/generated` (made by
 * graphql-codegen from schema/examples.graphql, or your own documents) and get typed data back.
 */
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

export interface DiplomapErrorBody {
  message: string;
  extensions?: { code?: string } & Record<string, unknown>;
}

export class DiplomapRequestError extends Error {
  constructor(
    readonly errors: DiplomapErrorBody[],
    readonly status: number,
  ) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
    this.name = 'DiplomapRequestError';
  }
}

export function createDiplomapClient(
  endpoint: string,
  init: { headers?: Record<string, string> } = {},
) {
  return async function request<R, V>(
    document: TypedDocumentNode<R, V>,
    variables?: V,
  ): Promise<R> {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...init.headers },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as { data?: R; errors?: DiplomapErrorBody[] };
    if (body.errors?.length || !body.data)
      throw new DiplomapRequestError(body.errors ?? [{ message: 'no data' }], response.status);
    return body.data;
  };
}
