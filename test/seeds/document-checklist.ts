/**
 * The seed checklist (checklist.yaml) run against a store through the GraphQL API: each
 * relationship a sentence gives must be found with a passage of that sentence and the basis the
 * checklist records. Returns the problems, so a test can show it fails on a graph missing a fact.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { isRelationshipType, type RelationshipType } from '../../src/domain/relationship-types.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { FactsOfDocument } from '../generated/graphql.js';
import { apiFor } from '../support/api.js';
import { overlaps, type Vocabulary } from './passage-check.js';

export interface ChecklistFact {
  type: RelationshipType;
  from: string;
  to: string;
  basis: 'STATED' | 'READING';
}

export interface Checklist {
  vocabulary: Vocabulary;
  documents: Record<string, { sentence: string; facts: ChecklistFact[] }[]>;
}

interface ChecklistFile {
  vocabulary: Vocabulary['relations'];
  countryNames: Vocabulary['countryNames'];
  documents: Record<string, { sentence: string; facts: string[] }[]>;
}

/** `MEMBER_OF istat:048021 -> cittaslow READING` */
export function parseFact(text: string): ChecklistFact {
  const [, type, from, to, basis] = /^(\w+) (\S+) -> (\S+) (STATED|READING)$/.exec(text) ?? [];
  if (!type || !from || !to || !basis)
    throw new Error(`checklist.yaml: "${text}" is not "TYPE from -> to STATED|READING"`);
  if (!isRelationshipType(type)) throw new Error(`checklist.yaml: no relationship type ${type}`);
  return { type, from, to, basis: basis as ChecklistFact['basis'] };
}

export function readChecklist(): Checklist {
  const file = parseYaml(
    readFileSync(resolve(import.meta.dirname, 'checklist.yaml'), 'utf8'),
  ) as ChecklistFile;
  return {
    vocabulary: { relations: file.vocabulary, countryNames: file.countryNames },
    documents: Object.fromEntries(
      Object.entries(file.documents).map(([source, sentences]) => [
        source,
        sentences.map(({ sentence, facts }) => ({ sentence, facts: facts.map(parseFact) })),
      ]),
    ),
  };
}

/** Every sentence's facts, asked one query each (the node's relationships of that type, outgoing). */
export async function checklistProblems(
  store: GraphStore,
  checklist: Checklist,
): Promise<string[]> {
  const api = apiFor(store);
  const problems: string[] = [];
  for (const [source, sentences] of Object.entries(checklist.documents)) {
    for (const { sentence, facts } of sentences) {
      for (const fact of facts) {
        const where = `${fact.type} ${fact.from} -> ${fact.to} ("${sentence.slice(0, 60)}…")`;
        const data = await api.query(FactsOfDocument, {
          id: fact.from,
          types: [fact.type],
          direction: 'OUT',
          first: 100,
        });
        const found = data.node?.relationships.edges.find(
          (e) => e.relationship.fromKey === fact.from && e.relationship.toKey === fact.to,
        );
        if (!found) {
          problems.push(`${where}: not in the graph`);
          continue;
        }
        const fromSentence = found.relationship.sources.filter(
          (s) =>
            s.source?.id === source &&
            [s.quote, ...s.readWith].some(
              (p) => p !== null && p !== undefined && overlaps(p, sentence),
            ),
        );
        if (fromSentence.length === 0) {
          problems.push(`${where}: no source quotes this sentence`);
          continue;
        }
        if (!fromSentence.some((s) => s.basis === fact.basis))
          problems.push(
            `${where}: basis ${fromSentence.map((s) => s.basis).join('/')}, the checklist says ${fact.basis}`,
          );
        // `stated` answers whether any source states it (a data record may, besides a reading).
        const anyStated = found.relationship.sources.some((s) => s.basis === 'STATED');
        if (found.relationship.stated !== anyStated)
          problems.push(`${where}: stated is ${found.relationship.stated}`);
      }
    }
  }
  return problems;
}
