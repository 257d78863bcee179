/** How the Covenant's facts cite the JRC's file: each row's own provenance, and its country. */
import type { Provenance } from '../../../domain/graph-records.js';
import type { GraphBuilder } from '../graph-builder.js';
import { REFERENCE_SOURCES } from '../reference-sources.js';
import { rowNote, rowQuote, type Signatory } from './rows.js';

export const COVENANT_SOURCE = REFERENCE_SOURCES.covenant.key;

const rowSources = new WeakMap<Signatory, Provenance>();

/** The row's provenance: the JRC, the row rendered as the quote, its line as the note. */
export function rowSource(s: Signatory): Provenance {
  let p = rowSources.get(s);
  if (!p)
    rowSources.set(s, (p = { source: COVENANT_SOURCE, quote: rowQuote(s), note: rowNote(s) }));
  return p;
}

/** `key` is LOCATED_IN the row's country, as the row says. */
export function locateInRowCountry(builder: GraphBuilder, key: string, s: Signatory): void {
  builder.addEdge({
    type: 'LOCATED_IN',
    from: key,
    to: `country:${s.country}`,
    source: rowSource(s),
  });
}
