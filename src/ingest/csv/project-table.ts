/** projects.csv: one project per row, with participants and roles, targets, themes and SDGs. */
import type { Properties } from '../../domain/graph-records.js';
import { PARTICIPATION_ROLES } from '../../domain/relationship-types.js';
import { PROJECT_STATUSES } from '../../edit/edit-inputs.js';
import {
  choiceOf,
  dateOf,
  FieldError,
  keyOf,
  keyWithRole,
  listOf,
  placeKeyOf,
  sdgKeyOf,
  themeKeyOf,
  yearFrom,
} from '../import/field-values.js';
import { prefixedKey } from './agreement-table.js';
import type { CsvRow, CsvTable } from './csv-table.js';

/** startYear/endYear as the edits keep them; a month or day is kept too, as startDate/endDate. */
function span(row: CsvRow): Properties {
  const props: Properties = {};
  const start = row.cell('start');
  const end = row.cell('end');
  if (start) {
    props.startYear = yearFrom(dateOf(start, 'start'));
    if (start.length > 4) props.startDate = start;
  }
  if (end) {
    props.endYear = yearFrom(dateOf(end, 'end'));
    if (end.length > 4) props.endDate = end;
  }
  if (start && end && end < start) throw new FieldError(`end "${end}" is before start "${start}"`);
  return props;
}

export const projectTable: CsvTable = {
  name: 'projects',
  required: ['name', 'participants'],
  optional: [
    'key',
    'aliases',
    'description',
    'project_type',
    'part_of',
    'start',
    'end',
    'status',
    'targets',
    'themes',
    'sdgs',
  ],
  read(row: CsvRow) {
    const name = row.required('name');
    const given = row.cell('key');
    const key = given ? keyOf(given, 'key') : prefixedKey('project:', name);
    const props = span(row);
    const type = row.cell('project_type');
    if (type) props.projectType = choiceOf(type, ['PROJECT', 'PROGRAMME'], 'project_type');
    const status = row.cell('status');
    if (status) props.status = choiceOf(status, PROJECT_STATUSES, 'status');
    const partOf = row.cell('part_of');
    const parent = partOf ? keyOf(partOf, 'part_of') : undefined;
    const participants = listOf(row.required('participants')).map((p) =>
      keyWithRole(p, PARTICIPATION_ROLES, 'participants'),
    );
    const targets = listOf(row.cell('targets')).map((t) => placeKeyOf(t));
    const themes = listOf(row.cell('themes')).map((t) => themeKeyOf(t));
    const sdgs = listOf(row.cell('sdgs')).map((s) => sdgKeyOf(s));

    const description = row.cell('description');
    row.node({
      key,
      type: 'Project',
      name,
      aliases: listOf(row.cell('aliases')).filter((a) => a !== name),
      ...(description ? { description } : {}),
      props,
    });
    if (parent) row.edge({ type: 'PART_OF', from: key, to: parent });
    for (const p of participants)
      row.edge({
        type: 'PARTICIPATES_IN',
        from: p.key,
        to: key,
        props: p.role ? { role: p.role } : {},
      });
    for (const place of targets) row.edge({ type: 'TARGETS', from: key, to: place });
    for (const theme of themes) row.edge({ type: 'ADDRESSES', from: key, to: theme });
    for (const sdg of sdgs) row.edge({ type: 'ADDRESSES', from: key, to: sdg });
  },
};
