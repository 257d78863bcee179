/**
 * Curated regions that coincide with a UN M49 region (`props.sameAsM49`, e.g. Sub-Saharan
 * Africa = 202) contain it: the M49 region becomes PART_OF the curated one, so every country in
 * it is in the curated region too.
 */
import type { GraphBuilder } from './graph-builder.js';

export function expandCuratedRegions(builder: GraphBuilder): void {
  for (const region of builder.nodesOfType('Region')) {
    const key = region.key;
    const code = region.props.sameAsM49;
    if (typeof code !== 'string') continue;
    const m49 = `region:m49-${code}`;
    if (!builder.has(m49)) {
      builder.problem(`${key}: sameAsM49 ${code} is not a UN M49 region in countries.csv`);
      continue;
    }
    builder.addEdge({
      type: 'PART_OF',
      from: m49,
      to: key,
      source: {
        source: 'source:diplomap-curation',
        note: `${region.name} is taken to be UN M49 region ${code}`,
      },
    });
  }
}
