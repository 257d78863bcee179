/**
 * The Covenant's joint groups (local authorities that signed together) as associations, and the
 * municipalities a group's name lists as its members.
 */
import { slugify } from '../../../domain/text.js';
import type { GraphBuilder } from '../graph-builder.js';
import type { CovenantBodies } from './bodies.js';
import type { MunicipalityMatcher } from './matcher.js';
import { listedNames } from './names.js';
import type { CovenantLoadReport } from './report.js';
import { locateInRowCountry, rowSource } from './row-source.js';
import { rowNote, type Signatory } from './rows.js';

/** The joint groups: the group rows, and groups member rows name that have no row; by group id. */
export function registerGroups(
  builder: GraphBuilder,
  rows: Signatory[],
  bodies: CovenantBodies,
): Map<string, string> {
  const groups = new Map<string, string>();
  const add = (id: string, name: string, s: Signatory) => {
    const { key } = bodies.resolve(name, `covenant-group:${slugify(id)}`);
    groups.set(id, key);
    builder.addNode({
      key,
      type: 'Association',
      name,
      description:
        'A group of local authorities that joined the Covenant of Mayors together (a joint action plan).',
      props: { covenantGroupId: id },
      source: rowSource(s),
    });
    locateInRowCountry(builder, key, s);
  };
  for (const s of rows) if (s.isGroup) add(s.id, s.name, s);
  for (const s of rows) if (s.group && !groups.has(s.group.id)) add(s.group.id, s.group.name, s);
  return groups;
}

/** The key of a registered group. */
export function groupKey(groups: Map<string, string>, id: string): string {
  const key = groups.get(id);
  if (key === undefined) throw new Error(`Covenant group ${id} was not registered`);
  return key;
}

/** A group named by its municipalities ("Aritzo, Austis, Desulo, …") has those matched as members. */
export function addListedMembers(
  builder: GraphBuilder,
  rows: Signatory[],
  groups: Map<string, string>,
  matcher: MunicipalityMatcher,
  report: CovenantLoadReport,
): void {
  for (const s of rows) {
    if (!s.isGroup) continue;
    const group = groupKey(groups, s.id);
    const names = listedNames(s.name);
    const matched: string[] = [];
    const unmatched: string[] = [];
    for (const name of names) {
      const placement = matcher.place(name, s.country, {});
      if (placement.kind === 'MATCHED') matched.push(placement.key);
      else unmatched.push(name);
    }
    // A group named otherwise ("LAG Hradecky venkov") lists nobody.
    if (names.length < 2 && matched.length === 0) continue;
    report.groupListings.push({ group: s.id, name: s.name, matched: matched.length, unmatched });
    for (const key of new Set(matched)) {
      builder.addEdge({
        type: 'MEMBER_OF',
        from: key,
        to: group,
        source: {
          ...rowSource(s),
          basis: 'EDITORIAL',
          note: `${rowNote(s)}: the group’s name lists its municipalities; each listed name matched to a municipality of the graph is filed as a member.`,
        },
      });
    }
  }
}
