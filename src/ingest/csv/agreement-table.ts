/** agreements.csv: one agreement per row, with its parties and the topics it addresses. */
import type { Properties } from '../../domain/graph-records.js';
import { RELATIONSHIP_ROLES } from '../../domain/relationship-types.js';
import { slugify } from '../../domain/text.js';
import { AGREEMENT_TYPES } from '../../edit/edit-inputs.js';
import {
  choiceOf,
  dateValue,
  FieldError,
  keyOf,
  keyWithRole,
  listOf,
  sdgKeyOf,
  themeKeyOf,
} from '../import/field-values.js';
import type { CsvRow, CsvTable } from './csv-table.js';

const PARTY_ROLES = RELATIONSHIP_ROLES.PARTY_TO as readonly string[];

export function prefixedKey(prefix: string, name: string): string {
  const slug = slugify(name);
  if (slug === '') throw new FieldError('give a key: the name has no letters or digits');
  return `${prefix}${slug}`;
}

export const agreementTable: CsvTable = {
  name: 'agreements',
  required: ['name', 'parties'],
  optional: ['key', 'aliases', 'description', 'agreement_type', 'date_signed', 'themes', 'sdgs'],
  read(row: CsvRow) {
    const name = row.required('name');
    const given = row.cell('key');
    const key = given ? keyOf(given, 'key') : prefixedKey('agreement:', name);
    const props: Properties = {};
    const type = row.cell('agreement_type');
    if (type) props.agreementType = choiceOf(type, AGREEMENT_TYPES, 'agreement_type');
    const signed = row.cell('date_signed');
    if (signed) props.dateSigned = String(dateValue(signed, 'date_signed'));
    const parties = listOf(row.required('parties')).map((p) =>
      keyWithRole(p, PARTY_ROLES, 'parties'),
    );
    const themes = listOf(row.cell('themes')).map((t) => themeKeyOf(t));
    const sdgs = listOf(row.cell('sdgs')).map((s) => sdgKeyOf(s));

    const description = row.cell('description');
    row.node({
      key,
      type: 'Agreement',
      name,
      aliases: listOf(row.cell('aliases')).filter((a) => a !== name),
      ...(description ? { description } : {}),
      props,
    });
    for (const party of parties)
      row.edge({
        type: 'PARTY_TO',
        from: party.key,
        to: key,
        props: party.role ? { role: party.role } : {},
      });
    for (const theme of themes) row.edge({ type: 'ADDRESSES', from: key, to: theme });
    for (const sdg of sdgs) row.edge({ type: 'ADDRESSES', from: key, to: sdg });
  },
};
