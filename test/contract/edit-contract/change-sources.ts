/**
 * The source every change needs: a known Source, a URL filed under a Source, or a curator's note.
 * Part of the edit contract (edit-suite.ts).
 */
import { expect, it } from 'vitest';
import { CreateActorDocument } from '../../generated/graphql.js';
import { alice, type EditContext } from './edit-support.js';

export function changeSourceTests(ctx: EditContext): void {
  const { as, errorOf, changeCount } = ctx;

  it('requires a source on every change', async () => {
    const none = await errorOf(
      as(alice).run(CreateActorDocument, { input: { kind: 'NETWORK', name: 'X' }, source: {} }),
    );
    expect(none.extensions?.code).toBe('BAD_USER_INPUT');
    expect(none.extensions?.fields?.[0]?.field).toBe('source');
    const unknown = await errorOf(
      as(alice).run(CreateActorDocument, {
        input: { kind: 'NETWORK', name: 'X' },
        source: { source: 'source:nope' },
      }),
    );
    expect(unknown.extensions?.fields).toEqual([
      { field: 'source.source', message: 'no Source has the key source:nope' },
    ]);
    const badUrl = await errorOf(
      as(alice).run(CreateActorDocument, {
        input: { kind: 'NETWORK', name: 'X' },
        source: { url: 'not a url' },
      }),
    );
    expect(badUrl.extensions?.fields?.[0]?.field).toBe('source.url');
    expect(await changeCount()).toBe(0);
  });

  it('files a URL under a Source made for it, reused when cited again', async () => {
    const url = 'https://www.anci.it/cooperazione';
    const first = await as(alice).query(CreateActorDocument, {
      input: { kind: 'NETWORK', name: 'Cities for Peace' },
      source: { url, title: 'ANCI — cooperation', quote: 'a network' },
    });
    const sourceKey = first.createActor.node.sources[0]!.source!.key;
    expect(sourceKey).toMatch(/^source:url-[0-9a-f]{16}$/);
    expect(first.createActor.change.writtenNodes).toEqual([sourceKey, 'cities-for-peace']);
    const second = await as(alice).query(CreateActorDocument, {
      input: { kind: 'NETWORK', name: 'Cities for Dialogue' },
      source: { url },
    });
    expect(second.createActor.change.writtenNodes).toEqual(['cities-for-dialogue']);
    expect(second.createActor.node.sources[0]!.source!.key).toBe(sourceKey);
  });

  it('files a note without a document under the curators’ source', async () => {
    const { createActor } = await as(alice).query(CreateActorDocument, {
      input: { kind: 'CIVIL_SOCIETY', name: 'Un ponte per' },
      source: { note: 'Known to the curator from the 2019 annual report.' },
    });
    expect(createActor.node.sources).toEqual([
      {
        source: { key: 'source:diplomap-curation' },
        quote: null,
        note: 'Known to the curator from the 2019 annual report.',
      },
    ]);
  });
}
