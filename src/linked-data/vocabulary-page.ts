/** The vocabulary at `/vocab` for people: every term with its label, comment and what it reuses. */
import { escapeHtml as e } from './html-page.js';
import { NODE_CLASSES } from './node-classes.js';
import { RELATIONSHIP_PROPERTIES } from './relationship-properties.js';
import { CONCEPT_SCHEMES, OWN_LITERAL_TERMS, RELATIONSHIP_CLASS } from './vocabulary.js';
import type { UriSpace } from './uris.js';

export function vocabularyPage(uris: UriSpace): string {
  const row = (term: string, label: string, comment: string, reuses: string[] = []) =>
    `<tr id="${e(term)}"><td><code>dm:${e(term)}</code></td><td>${e(label)}</td><td>${e(comment)}</td><td>${reuses.map((r) => `<code>${e(r)}</code>`).join('<br>')}</td></tr>`;
  const classes = [
    ...Object.values(NODE_CLASSES).map((c) => row(c.term, c.label, c.comment, c.also)),
    row(RELATIONSHIP_CLASS.term, RELATIONSHIP_CLASS.label, RELATIONSHIP_CLASS.comment, [
      'rdf:Statement',
    ]),
  ];
  const properties = Object.values(RELATIONSHIP_PROPERTIES).map((p) =>
    row(p.term, p.label, p.comment, p.superProperties ?? []),
  );
  const literals = OWN_LITERAL_TERMS.map((t) => row(t.term, t.label, t.comment));
  const schemes = Object.values(CONCEPT_SCHEMES).map((s) =>
    row(s.term, s.label, 'skos:ConceptScheme'),
  );
  const table = (rows: string[]) =>
    `<table><thead><tr><th>term</th><th>label</th><th>comment</th><th>specialises</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Diplomap vocabulary</title><link rel="stylesheet" href="/ld/page.css">
<link rel="alternate" type="text/turtle" href="/vocab?format=turtle"></head>
<body><main>
<h1>Diplomap vocabulary</h1>
<p>Namespace <code>${e(uris.vocab(''))}</code> (prefix <code>dm:</code>); also as <a href="/vocab?format=turtle">Turtle</a>, <a href="/vocab?format=jsonld">JSON-LD</a>; JSON-LD context <a href="/context.jsonld">/context.jsonld</a>.</p>
<h2>Classes</h2>${table(classes)}
<h2>Relationships</h2>${table(properties)}
<h2>Other properties</h2>${table(literals)}
<h2>Concept schemes</h2>${table(schemes)}
</main></body></html>
`;
}
