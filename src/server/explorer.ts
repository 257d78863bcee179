/**
 * The explorer at /explore: a map and network view of the graph, built from src/explorer by
 * `npm run build:explorer` into dist/explorer and served from there (offline: no CDN, no tiles).
 * The page talks to /graphql like any other client.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Router } from 'express';
import express from 'express';

const ASSETS = ['explorer.js', 'explorer.js.map', 'explorer.css', 'explorer.js.LEGAL.txt'];

const KIND_HELP = 'Actors answering the filters are filled; their partners are drawn as rings.';

export function explorerPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Diplomap — explorer</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/explore/assets/explorer.css">
<script type="module" src="/explore/assets/explorer.js"></script>
</head>
<body data-state="loading">
<a class="skip" href="#details">Skip to details</a>
<header class="bar">
  <h1><a href="/explore">Diplomap explorer</a></h1>
  <form id="search-form" role="search">
    <label for="search">Search actors</label>
    <input id="search" type="search" autocomplete="off" placeholder="Florence, ANCI, Bogotá…">
    <button type="submit">Search</button>
    <ul id="search-results" aria-label="Search results" aria-live="polite"></ul>
  </form>
  <button type="button" id="headline" class="primary">Partners in the Mediterranean working on migration</button>
  <div class="actions" role="group" aria-label="Share and download">
    <button type="button" id="copy-link">Copy link</button>
    <button type="button" id="export-png">Download PNG</button>
    <button type="button" id="export-svg">Download SVG</button>
    <button type="button" id="export-gexf">Download GEXF</button>
    <a href="/" class="playground">GraphQL playground</a>
  </div>
</header>
<form id="filters" aria-label="Filters">
  <h2>Filters</h2>
  <label for="region">Region</label>
  <select id="region"><option value="">Anywhere</option></select>
  <label for="theme">Theme</label>
  <select id="theme"><option value="">Any theme</option></select>
  <label for="sdg">SDG</label>
  <select id="sdg" aria-describedby="sdg-hint"><option value="">Any SDG</option></select>
  <p class="hint" id="sdg-hint">With a theme as well: actors working on both.</p>
  <fieldset id="kinds"><legend>Actor kind</legend></fieldset>
  <label for="asOf">Year (as the network stood then)</label>
  <input id="asOf" type="text" inputmode="numeric" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?" placeholder="e.g. 2010" aria-describedby="asOf-hint">
  <p class="hint" id="asOf-hint">YYYY, YYYY-MM or YYYY-MM-DD; empty for today.</p>
  <p id="focus" hidden>Partners of <strong id="focus-name"></strong> <button type="button" id="clear-focus">Show all</button></p>
  <p><button type="button" id="clear">Clear filters</button></p>
  <div id="members-bar" hidden>
    <p id="members-status"></p>
    <p class="hint">Members with coordinates (their own or their seat’s); click a cluster to zoom in on it.</p>
    <p><button type="button" id="hide-members">Hide members</button></p>
  </div>
  <p id="status" role="status" aria-live="polite">Loading…</p>
  <p id="live" role="status" aria-live="polite" hidden></p>
  <p><button type="button" id="load-all" hidden>Load all</button></p>
  <h2>Legend</h2>
  <p class="hint">${KIND_HELP} Size: number of partners (degree centrality).</p>
  <ul id="legend-links" aria-label="Partnership kinds"></ul>
  <h2>Brokers (betweenness)</h2>
  <ol id="brokers-list"></ol>
  <h2 id="list-heading">Actors in view</h2>
  <ul id="selection-list" aria-labelledby="list-heading"></ul>
  <p class="hint" id="list-more"></p>
</form>
<main>
  <div role="tablist" id="tablist" aria-label="Views">
    <button type="button" role="tab" id="tab-map" aria-controls="map-panel" aria-selected="true">Map</button>
    <button type="button" role="tab" id="tab-network" aria-controls="network-panel" aria-selected="false">Network</button>
  </div>
  <div role="tabpanel" id="map-panel" aria-labelledby="tab-map">
    <div id="map" class="view"></div>
    <p id="unplaced" class="view-note" hidden></p>
    <p class="view-help">Wheel or +/− to zoom, drag or arrows to pan, 0 to reset; click an actor or an arc.</p>
  </div>
  <div role="tabpanel" id="network-panel" aria-labelledby="tab-network" hidden>
    <div id="network" class="view" role="img" aria-label="Network"></div>
    <p class="view-help">Wheel to zoom, drag to pan; click an actor or an edge.</p>
  </div>
</main>
<aside id="details" aria-label="Details" aria-live="polite">
  <div id="details-body"><p>Loading…</p></div>
</aside>
</body>
</html>`;
}

/** Serves the page and its bundle; 503 with the fix when the bundle has not been built. */
export function explorerRouter(assetsDir: string): Router {
  const router = express.Router();
  const html = explorerPage();
  router.get('/explore', (_req, res) => {
    if (!existsSync(join(assetsDir, 'explorer.js'))) {
      res.status(503).type('text').send('The explorer is not built: run `npm run build:explorer`.');
      return;
    }
    res.type('html').send(html);
  });
  router.get('/explore/assets/:file', (req, res, next) => {
    const file = req.params.file;
    if (!ASSETS.includes(file) || !existsSync(join(assetsDir, file))) {
      next(); // the server's JSON 404
      return;
    }
    res.sendFile(join(assetsDir, file), { maxAge: 0 });
  });
  return router;
}
