/**
 * An offline GraphQL playground: GraphiQL and React are served from node_modules (no CDN), with
 * the example queries of schema/examples.graphql preloaded as tabs; subscriptions run over the
 * same origin's WebSocket.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Router } from 'express';
import express from 'express';

const require = createRequire(import.meta.url);

/** The files the page loads, by URL path under /playground/. */
function assetFiles(): Record<string, string> {
  const graphiql = dirname(require.resolve('graphiql/package.json'));
  const react = dirname(require.resolve('react/package.json'));
  const reactDom = dirname(require.resolve('react-dom/package.json'));
  return {
    'react.js': join(react, 'umd/react.production.min.js'),
    'react-dom.js': join(reactDom, 'umd/react-dom.production.min.js'),
    'graphiql.js': join(graphiql, 'graphiql.min.js'),
    'graphiql.css': join(graphiql, 'graphiql.min.css'),
  };
}

export interface ExampleQuery {
  name: string;
  query: string;
}

/** Splits examples.graphql into its operations; each starts with a `# Title` comment line. */
export function parseExamples(text: string): ExampleQuery[] {
  return text
    .split(/^(?=# )/m)
    .map((block) => block.trim())
    .filter((block) => block.length > 0 && /\b(query|mutation|subscription)\b/.test(block))
    .map((block) => ({ name: firstLine(block).replace(/^#\s*/, ''), query: block }));
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}

/**
 * Starts GraphiQL with the examples as tabs. A file of its own, not an inline script, so the
 * content security policy can forbid inline scripts; the examples ride in a JSON data block.
 */
const START_SCRIPT = `const tabs = JSON.parse(document.getElementById('examples').textContent);
// Subscriptions go over WebSocket to the same /graphql (docs/subscriptions.md).
const subscriptionUrl = location.origin.replace(/^http/, 'ws') + '/graphql';
const fetcher = GraphiQL.createFetcher({ url: '/graphql', subscriptionUrl });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultTabs: tabs, defaultEditorToolsVisibility: true }),
);
`;

function page(examples: ExampleQuery[]): string {
  const tabs = JSON.stringify(examples.map((e) => ({ query: e.query }))).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Diplomap — GraphQL playground</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/playground/graphiql.css">
<style>html,body,#graphiql{height:100%;margin:0}</style>
</head>
<body>
<div id="graphiql" aria-label="GraphQL playground">Loading the playground…</div>
<script id="examples" type="application/json">${tabs}</script>
<script src="/playground/react.js"></script>
<script src="/playground/react-dom.js"></script>
<script src="/playground/graphiql.js"></script>
<script src="/playground/start.js"></script>
</body>
</html>`;
}

export function playgroundRouter(examplesFile: string): Router {
  const router = express.Router();
  const files = assetFiles();
  const html = page(parseExamples(readFileSync(examplesFile, 'utf8')));
  router.get('/', (_req, res) => {
    res.type('html').send(html);
  });
  router.get('/playground/start.js', (_req, res) => {
    res.type('js').send(START_SCRIPT);
  });
  router.get('/playground/:file', (req, res, next) => {
    const file = files[req.params.file];
    if (!file) {
      next(); // the server's JSON 404
      return;
    }
    res.sendFile(file, { maxAge: '1d' });
  });
  return router;
}
