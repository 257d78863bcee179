/** The HTML view of /id/{key} escapes every text and needs no script (strict CSP). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphData } from '../../src/domain/graph-records.js';
import { DEFAULT_LIMITS } from '../../src/config/api-limits.js';
import { escapeHtml } from '../../src/linked-data/html-page.js';
import { createServer, type DiplomapServer } from '../../src/server/create-server.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';

const EVIL = '<script>alert("x")</script> & \'friends\'';

function hostileGraph(): GraphData {
  const source = { source: 'source:doc' };
  return {
    nodes: [
      {
        key: 'source:doc',
        type: 'Source',
        name: 'A <b>document</b>',
        aliases: [],
        props: {},
        sources: [source],
      },
      {
        key: 'evil',
        type: 'Municipality',
        name: EVIL,
        aliases: ['<img src=x onerror=alert(1)>'],
        description: 'Line\u0000with a NUL',
        props: { motto: '"><script>alert(2)</script>' },
        sources: [{ source: 'source:doc', quote: '</blockquote><script>alert(3)</script>' }],
      },
      {
        key: 'town',
        type: 'Municipality',
        name: 'Town</a><script>',
        aliases: [],
        props: {},
        sources: [source],
      },
    ],
    edges: [
      {
        key: 'TWINNED_WITH:evil->town',
        type: 'TWINNED_WITH',
        from: 'evil',
        to: 'town',
        props: { since: 1990 },
        sources: [{ source: 'source:doc', quote: 'twinned <script>' }],
      },
    ],
  };
}

describe('the HTML page of a node', () => {
  let server: DiplomapServer;
  let url: string;
  beforeAll(async () => {
    server = await createServer(await MemoryStore.fromData(hostileGraph()), DEFAULT_LIMITS);
    url = await server.listen('127.0.0.1', 0);
  });
  afterAll(() => server.stop());

  it('escapes names, aliases, properties, quotes and neighbours, and has no script', async () => {
    const response = await fetch(`${url}/id/evil`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain(`<h1>${escapeHtml(EVIL)}</h1>`);
    expect(html).toContain(
      '&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;friends&#39;',
    );
    expect(html).toContain(
      '<blockquote>&#60;/blockquote&#62;&#60;script&#62;alert(3)&#60;/script&#62;</blockquote>',
    );
    expect(html).toContain('Town&#60;/a&#62;&#60;script&#62;');
    expect(html).toContain('Line\uFFFDwith a NUL');
    expect(html).not.toContain('\u0000');
    // No inline style either: the only stylesheet is a file.
    expect(html).not.toMatch(/<style|style=/i);
    expect(html).toContain('<link rel="stylesheet" href="/ld/page.css">');
  });
});
