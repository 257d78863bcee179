/** memberships.csv and twinnings.csv: one relationship per row between nodes that exist. */
import type { Properties } from '../../domain/graph-records.js';
import { RELATIONSHIP_ROLES } from '../../domain/relationship-types.js';
import { dateValue, FieldError, keyOf, roleOf } from '../import/field-values.js';
import type { CsvRow, CsvTable } from './csv-table.js';

const MEMBERSHIP_ROLES = RELATIONSHIP_ROLES.MEMBER_OF as readonly string[];

/** since/until as the edits keep them, with until not before since. */
function period(row: CsvRow): Properties {
  const props: Properties = {};
  const since = row.cell('since');
  const until = row.cell('until');
  if (since) props.since = dateValue(since, 'since');
  if (until) props.until = dateValue(until, 'until');
  if (since && until && String(props.until) < String(props.since))
    throw new FieldError(`until "${until}" is before since "${since}"`);
  return props;
}

export const membershipTable: CsvTable = {
  name: 'memberships',
  required: ['member', 'network'],
  optional: ['role', 'since', 'until'],
  read(row: CsvRow) {
    const from = keyOf(row.required('member'), 'member');
    const to = keyOf(row.required('network'), 'network');
    const props = period(row);
    const role = row.cell('role');
    if (role) props.role = roleOf(role, MEMBERSHIP_ROLES, 'role');
    row.edge({ type: 'MEMBER_OF', from, to, props });
  },
};

export const twinningTable: CsvTable = {
  name: 'twinnings',
  required: ['city_a', 'city_b'],
  optional: ['since', 'until'],
  read(row: CsvRow) {
    const a = keyOf(row.required('city_a'), 'city_a');
    const b = keyOf(row.required('city_b'), 'city_b');
    if (a === b) throw new FieldError(`a city cannot be twinned with itself (${a})`);
    row.edge({ type: 'TWINNED_WITH', from: a, to: b, props: period(row) });
  },
};
