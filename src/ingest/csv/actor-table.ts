/** actors.csv: one actor per row, with where it is and what it works on. */
import { ACTOR_KINDS, type ActorKind } from '../../domain/node-types.js';
import type { Properties } from '../../domain/graph-records.js';
import { slugify } from '../../domain/text.js';
import { preview } from '../import/value-preview.js';
import {
  choiceOf,
  countryKeyOf,
  FieldError,
  keyOf,
  listOf,
  sdgKeyOf,
  themeKeyOf,
  urlOf,
  yearCell,
} from '../import/field-values.js';
import type { CsvRow, CsvTable } from './csv-table.js';

/** Actors keyed by their name when no key is given: `person:<slug>` for people (as the seeds do), else `<slug>`. */
export function actorKey(kind: ActorKind, name: string): string {
  const slug = slugify(name);
  if (slug === '') throw new FieldError('give a key: the name has no letters or digits');
  return kind === 'Person' ? `person:${slug}` : slug;
}

export const actorTable: CsvTable = {
  name: 'actors',
  required: ['kind', 'name'],
  optional: [
    'key',
    'aliases',
    'description',
    'country',
    'website',
    'founded',
    'wikidata_id',
    'themes',
    'sdgs',
  ],
  read(row: CsvRow) {
    const kind = choiceOf(row.required('kind'), ACTOR_KINDS, 'kind');
    const name = row.required('name');
    const given = row.cell('key');
    const key = given ? keyOf(given, 'key') : actorKey(kind, name);
    const props: Properties = {};
    const website = row.cell('website');
    if (website) props.website = urlOf(website, 'website');
    const founded = row.cell('founded');
    if (founded) props.founded = yearCell(founded, 'founded');
    const wikidataId = row.cell('wikidata_id');
    if (wikidataId) {
      if (!/^Q[1-9][0-9]*$/.test(wikidataId))
        throw new FieldError(
          `wikidata_id ${preview(wikidataId)} must be a Wikidata item id such as Q220`,
        );
      props.wikidataId = wikidataId;
    }
    const country = row.cell('country');
    const countryKey = country ? countryKeyOf(country) : undefined;
    const themes = listOf(row.cell('themes')).map((t) => themeKeyOf(t));
    const sdgs = listOf(row.cell('sdgs')).map((s) => sdgKeyOf(s));

    const description = row.cell('description');
    row.node({
      key,
      type: kind,
      name,
      aliases: listOf(row.cell('aliases')).filter((a) => a !== name),
      ...(description ? { description } : {}),
      props,
    });
    if (countryKey) row.edge({ type: 'LOCATED_IN', from: key, to: countryKey });
    for (const theme of themes) row.edge({ type: 'FOCUSES_ON', from: key, to: theme });
    for (const sdg of sdgs) row.edge({ type: 'FOCUSES_ON', from: key, to: sdg });
  },
};
