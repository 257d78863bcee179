/**
 * One node per body the Covenant file names — a coordinator, a supporter, a joint group, a
 * signatory that is not one municipality — however the rows write its name ("EUROCITIES",
 * "Province of Barcelona ", "FEDERACIÓN ESPAÑOLA DE MUNICIPIOS Y PROVINCIAS"): names are compared
 * in their plain form (case, accents, spacing and apostrophes ignored), and a body the graph
 * already has under that name or an alias (Eurocities, FEMP, Cittaslow) is that node.
 */
import type { GraphNode } from '../../../domain/graph-records.js';
import { isActorKind } from '../../../domain/node-types.js';
import { slugify } from '../../../domain/text.js';
import { plainName } from './names.js';

export class CovenantBodies {
  private readonly byName = new Map<string, string>();
  /** Keys of the bodies this loader created (not those the graph had). */
  readonly created = new Set<string>();

  /** Bodies the graph has: actors other than municipalities, by name and alias. */
  constructor(existing: Iterable<GraphNode>) {
    for (const node of existing) {
      if (!isActorKind(node.type) || node.type === 'Municipality' || node.type === 'Person')
        continue;
      for (const name of [node.name, ...node.aliases]) {
        const plain = plainName(name);
        if (!this.byName.has(plain)) this.byName.set(plain, node.key);
      }
    }
  }

  /** The key of the body with this name, if one is known. */
  find(name: string): string | undefined {
    return this.byName.get(plainName(name));
  }

  /** The key of the body with this name: the known one, else `preferred` (or `org:<slug>`), now known. */
  resolve(name: string, preferred?: string): { key: string; isNew: boolean } {
    const known = this.find(name);
    if (known) return { key: known, isNew: false };
    const key = preferred ?? `org:${slugify(name)}`;
    this.byName.set(plainName(name), key);
    this.created.add(key);
    return { key, isNew: true };
  }
}
