/**
 * The human view of `/id/{key}`: the node's facts with their sources and quotes, and a page of its
 * relationships both ways, each with its sources. Every text is escaped; no script and no inline
 * style, so the page works under a strict Content-Security-Policy.
 */
import type { GraphNode, PropertyValue, Provenance } from '../domain/graph-records.js';
import { RELATIONSHIP_PROPERTIES } from './relationship-properties.js';
import { provenanceFields } from './graph-triples.js';
import type { NodeDocument } from './node-document.js';
import { keySegment, UN_SDG_KOS, NS, type UriSpace } from './uris.js';

/** Escapes text for HTML content and attribute values; control characters become U+FFFD. */
export function escapeHtml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '\uFFFD')
      .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
  );
}

const e = escapeHtml;
const link = (key: string, text: string) => `<a href="/id/${e(keySegment(key))}">${e(text)}</a>`;

export interface PageLinks {
  /** Query string of the next page of relationships, when there is one. */
  next?: string;
  /** Query string of the first page, when this is not it. */
  first?: string;
}

export function nodePage(doc: NodeDocument, uris: UriSpace, links: PageLinks): string {
  const { node, relationships, related } = doc;
  const nameOf = (key: string) => related.get(key)?.name ?? key;
  const uri = uris.node(node.key);
  const formats = ['turtle', 'jsonld', 'ntriples']
    .map((f) => `<a href="/id/${e(keySegment(node.key))}?format=${f}">${f}</a>`)
    .join(' · ');
  const rows = relationships.items.map(({ value }) => {
    const { edge, direction, otherKey } = value;
    const label = RELATIONSHIP_PROPERTIES[edge.type].label;
    const arrow = direction === 'OUT' ? `${e(label)} →` : `← ${e(label)}`;
    return `<tr><td>${arrow}</td><td>${link(otherKey, nameOf(otherKey))} <span class="key">${e(otherKey)}</span></td><td>${props(edge.props)}</td><td>${citations(edge.sources, nameOf)}</td></tr>`;
  });
  const pager = [
    links.first ? `<a href="?${e(links.first)}">First page</a>` : '',
    links.next ? `<a href="?${e(links.next)}" rel="next">Next page</a>` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(node.name)} — Diplomap</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/ld/page.css">
<link rel="alternate" type="text/turtle" href="/id/${e(keySegment(node.key))}?format=turtle">
<link rel="alternate" type="application/ld+json" href="/id/${e(keySegment(node.key))}?format=jsonld">
<link rel="canonical" href="${e(uri)}">
</head>
<body>
<header><p><a href="/">Diplomap</a> · <a href="/explore">explorer</a> · <a href="/vocab">vocabulary</a></p></header>
<main>
<h1>${e(node.name)}</h1>
<p class="type">${e(node.type)} · <span class="key">${e(node.key)}</span></p>
<p>URI: <code>${e(uri)}</code> · also as ${formats}</p>
${sameAs(node)}
<h2>Facts</h2>
<table class="facts"><tbody>
${facts(node)}
</tbody></table>
<h2>Sources</h2>
${citations(node.sources, nameOf)}
<h2>Relationships (${relationships.totalCount})</h2>
${rows.length === 0 ? '<p>None.</p>' : `<table class="relationships"><thead><tr><th>relationship</th><th>with</th><th>properties</th><th>sources</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`}
${pager ? `<nav class="pager">${pager}</nav>` : ''}
</main>
</body>
</html>
`;
}

function sameAs(node: GraphNode): string {
  const out: string[] = [];
  const qid = node.props.wikidataId;
  if (typeof qid === 'string' && /^Q[1-9][0-9]*$/.test(qid))
    out.push(`Same as Wikidata <a href="${e(NS.wd + qid)}">${e(qid)}</a>`);
  const code = node.type === 'Sdg' ? node.key.slice('sdg:'.length) : undefined;
  if (code && /^(1[0-7]|[1-9])(\.([0-9]{1,2}|[a-z]))?$/.test(code))
    out.push(`UN SDG KOS <a href="${e(UN_SDG_KOS + code)}">${e(code)}</a>`);
  return out.length ? `<p>${out.join(' · ')}</p>` : '';
}

function facts(node: GraphNode): string {
  const rows: [string, string][] = [];
  if (node.aliases.length) rows.push(['also known as', node.aliases.map(e).join('; ')]);
  if (node.description) rows.push(['description', e(node.description)]);
  for (const [name, value] of Object.entries(node.props).sort(([a], [b]) => (a < b ? -1 : 1)))
    rows.push([name, valueText(value)]);
  return rows.map(([k, v]) => `<tr><th>${e(k)}</th><td>${v}</td></tr>`).join('\n');
}

function props(values: Record<string, PropertyValue>): string {
  return Object.entries(values)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${e(k)}: ${valueText(v)}`)
    .join('<br>');
}

function valueText(value: PropertyValue): string {
  return Array.isArray(value)
    ? `<ul>${value.map((v) => `<li>${e(v)}</li>`).join('')}</ul>`
    : e(String(value));
}

function citations(sources: readonly Provenance[], nameOf: (key: string) => string): string {
  if (sources.length === 0) return '<p>None.</p>';
  const items = sources.map((p) => {
    const fields = provenanceFields(p)
      .map(([term, text]) =>
        term === 'quote'
          ? `<blockquote>${e(text)}</blockquote>`
          : `<span class="${e(term)}">${e(text)}</span>`,
      )
      .join(' ');
    return `<li>${link(p.source, nameOf(p.source))} ${fields}</li>`;
  });
  return `<ul class="sources">${items.join('')}</ul>`;
}

export const PAGE_CSS = `body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:0 1rem;color:#1b1b1b}
a{color:#0b5394}.key,code{font-family:ui-monospace,monospace;font-size:.9em;color:#444}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
blockquote{margin:.25rem 0 .25rem 1rem;font-style:italic;color:#333}ul.sources{padding-left:1.2rem}
.note{color:#555;font-size:.9em}.pager{margin:1rem 0}.type{color:#555}
`;
