/**
 * Cities known by their Wikidata id (twinnings, Eurocities, the GPM declaration) resolved to one
 * node each: a curated node that names the id (`props.wikidataId`), else the comune that
 * places.csv matched, else a new municipality `wd:<Qid>` placed in its country where known.
 */
import type { GraphBuilder } from './graph-builder.js';
import type { Place } from './places.js';
import { REFERENCE_SOURCES } from './reference-sources.js';
import type { Provenance } from '../../domain/graph-records.js';

const PLACEMENT_SOURCE: Record<string, string> = {
  eurocities: REFERENCE_SOURCES.eurocities.key,
  gpm: REFERENCE_SOURCES.gpm.key,
};

export class WikidataCities {
  private readonly byQid = new Map<string, string>();

  constructor(
    private readonly builder: GraphBuilder,
    private readonly places: Map<string, Place>,
    curatedNodes: Iterable<{ key: string; props: Record<string, unknown> }>,
  ) {
    for (const node of curatedNodes) {
      const qid = node.props.wikidataId;
      if (typeof qid === 'string') this.byQid.set(qid, node.key);
    }
  }

  /** The node key for a Wikidata city, creating or extending the node with what the caller knows. */
  resolve(
    qid: string,
    label: string,
    source: Provenance,
    extra: Record<string, string | number> = {},
  ): string {
    let key = this.byQid.get(qid);
    const place = this.places.get(`wd:${qid}`);
    if (!key && place?.istat && this.builder.has(`istat:${place.istat}`))
      key = `istat:${place.istat}`;
    if (!key) key = `wd:${qid}`;
    this.byQid.set(qid, key);

    const existing = this.builder.get(key);
    this.builder.addNode({
      key,
      type: 'Municipality',
      name: existing?.name ?? label,
      aliases: [label],
      props: { wikidataId: qid, ...extra },
      source,
    });
    const node = this.builder.get(key);
    if (place && node && node.props.lat === undefined)
      this.place(key, place, !existing && key.startsWith('wd:'));
    return key;
  }

  /** Adds coordinates (and, for a new city, its country) from places.csv. */
  private place(key: string, place: Place, withCountry: boolean): void {
    const provenance: Provenance = {
      source: PLACEMENT_SOURCE[place.method] ?? REFERENCE_SOURCES.geonames.key,
      note: `placed by scripts/build-places.mjs (${place.method})`,
    };
    const props: Record<string, number> = {};
    if (place.lat !== undefined && place.lon !== undefined)
      Object.assign(props, { lat: place.lat, lon: place.lon });
    if (place.population !== undefined) props.population = place.population;
    const node = this.builder.get(key);
    if (node && Object.keys(props).length > 0) {
      this.builder.addNode({
        key,
        type: 'Municipality',
        name: node.name,
        props,
        source: provenance,
      });
    }
    if (withCountry && place.country && this.builder.has(`country:${place.country}`)) {
      this.builder.addEdge({
        type: 'LOCATED_IN',
        from: key,
        to: `country:${place.country}`,
        source: provenance,
      });
    }
  }
}
