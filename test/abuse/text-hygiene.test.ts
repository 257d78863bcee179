/**
 * Probe: a NUL or another control character in a name, at every entry. Edits, CSV and IATI
 * imports and seeds refuse it with an error naming the field and the position.
 */
import { describe, expect, it } from 'vitest';
import { findUnsafeChar } from '../../src/domain/text-hygiene.js';
import { readImportFiles } from '../../src/ingest/import/import-files.js';
import { GraphBuilder, SeedError } from '../../src/ingest/seed/graph-builder.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { editFixture } from '../contract/edit-suite.js';
import { CreateActorDocument, UpdateActorDocument } from '../generated/graphql.js';
import { apiFor } from '../support/api.js';

const editor = { id: 'key:alice', role: 'editor' as const };
const source = { source: 'source:doc' };

describe('the text rule', () => {
  it('refuses NUL, controls, DEL/C1, lone surrogates and noncharacters; keeps pairs', () => {
    for (const text of [
      'a\u0000',
      'a\u0001',
      'a\u001b',
      'a\u007f',
      'a\u0085',
      'a\ud800',
      'a\udc00b',
      'a\ufffe',
    ])
      expect(findUnsafeChar(text, 'multiline'), JSON.stringify(text)).toBeDefined();
    expect(findUnsafeChar('Zürich 😀 東京', 'line')).toBeUndefined();
    expect(findUnsafeChar('two\nlines\twith tab\r\n', 'multiline')).toBeUndefined();
    expect(findUnsafeChar('no\nbreak', 'line')).toMatchObject({ position: 3, codePoint: 'U+000A' });
    // Positions count characters, a surrogate pair as one.
    expect(findUnsafeChar('😀😀\u0000', 'line')).toMatchObject({ position: 3, prefix: '😀😀' });
  });

  it('quotes only a short prefix of a long value', () => {
    const found = findUnsafeChar(`${'x'.repeat(500)}\u0000secret`, 'line');
    expect(found?.prefix).toBe(`${'x'.repeat(20)}…`);
    expect(found?.position).toBe(501);
  });
});

describe('edits', () => {
  it('refuse a NUL in a name with BAD_USER_INPUT naming the field and the position', async () => {
    const api = apiFor(await MemoryStore.fromData(editFixture()), undefined, editor);
    const result = await api.run(CreateActorDocument, {
      input: { name: 'Roma\u0000Capitale', kind: 'MUNICIPALITY' },
      source,
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'input.name',
          message: 'holds NUL (U+0000) at character 5, after "Roma"',
        },
      ],
    });
  });

  it('refuse control characters in aliases and quotes, allow line breaks in a description', async () => {
    const api = apiFor(await MemoryStore.fromData(editFixture()), undefined, editor);
    const refused = await api.run(UpdateActorDocument, {
      key: 'anci',
      patch: { aliases: ['ok', 'bad\u0007bell'] },
      source: { ...source, quote: 'said \u001b[31m' },
    });
    expect(refused.errors?.[0]?.extensions?.fields).toEqual([
      {
        field: 'patch.aliases.1',
        message: 'holds a control character (U+0007) at character 4, after "bad"',
      },
    ]);
    const quote = await api.run(UpdateActorDocument, {
      key: 'anci',
      patch: { aliases: ['ok'] },
      source: { ...source, quote: 'said \u001b[31m' },
    });
    expect(quote.errors?.[0]?.extensions?.fields).toEqual([
      {
        field: 'source.quote',
        message: 'holds a control character (U+001B) at character 6, after "said "',
      },
    ]);
    const accepted = await api.run(UpdateActorDocument, {
      key: 'anci',
      patch: { description: 'Line one.\nLine two,\twith a tab.' },
      source,
    });
    expect(accepted.errors).toBeUndefined();
  });
});

describe('imports', () => {
  it('CSV: a row with a NUL in a name is refused with its line, the field and the position', () => {
    const text = 'kind,name,country\nMunicipality,Bari,IT\nMunicipality,Lec\u0000ce,IT\n';
    const { batch } = readImportFiles([{ path: 'actors.csv', text }]);
    expect(batch.rejected).toEqual([
      {
        file: 'actors.csv',
        line: 3,
        reason: 'name holds NUL (U+0000) at character 4, after "Lec"',
      },
    ]);
    expect([...batch.nodes.keys()]).toContain('bari');
    expect([...batch.nodes.keys()].some((k) => k.startsWith('lec'))).toBe(false);
  });

  it('CSV: a NUL inside the JSON of a re-imported record is refused too', () => {
    const text =
      'key,type,name,aliases,description,props,sources\n' +
      'x,Association,X,"[""A\\u0000""]",,{},"[{""source"":""source:doc""}]"\n';
    const { batch } = readImportFiles([{ path: 'nodes.csv', text }]);
    expect(batch.rejected).toEqual([
      {
        file: 'nodes.csv',
        line: 2,
        reason: 'aliases[0] holds NUL (U+0000) at character 2, after "A"',
      },
    ]);
  });

  it('IATI: an organisation name with a NUL is refused with its line', () => {
    const xml = `<?xml version="1.0"?>
<iati-activities version="2.03">
  <iati-activity>
    <iati-identifier>XM-TEST-1</iati-identifier>
    <title><narrative>Clean water</narrative></title>
    <participating-org role="1" ref="XM-ORG-1"><narrative>Bad\u0000Org</narrative></participating-org>
  </iati-activity>
</iati-activities>
`;
    const { batch } = readImportFiles([{ path: 'a.xml', text: xml }]);
    expect(batch.rejected).toEqual([
      { file: 'a.xml', line: 6, reason: 'name holds NUL (U+0000) at character 4, after "Bad"' },
    ]);
    expect(batch.nodes.has('project:iati:XM-TEST-1')).toBe(true);
  });
});

describe('seeds', () => {
  it('refuse a control character, listing the node, the field and the position', () => {
    const builder = new GraphBuilder();
    builder.addNode({ key: 'source:s', type: 'Source', name: 'S', source: { source: 'source:s' } });
    builder.addNode({
      key: 'x',
      type: 'Association',
      name: 'Good',
      description: 'fine\nmulti-line',
      source: { source: 'source:s', quote: 'bad \u0001 quote' },
    });
    expect(() => builder.build()).toThrow(SeedError);
    expect(() => builder.build()).toThrow(
      'node x (source:s): sources[0].quote holds a control character (U+0001) at character 5, after "bad "',
    );
  });
});
