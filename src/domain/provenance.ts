/**
 * How a fact follows from its source — the provenance model (docs/provenance.md). Every
 * provenance has a basis: the source STATES the fact (the quoted passage, or the data record the
 * note points to, says it), the fact is a READING of several passages taken together, or it is an
 * EDITORIAL decision of the curators. A relationship is `stated` when one of its sources states it.
 */
import type { Provenance } from './graph-records.js';

export const PROVENANCE_BASES = ['STATED', 'READING', 'EDITORIAL'] as const;
export type ProvenanceBasis = (typeof PROVENANCE_BASES)[number];

/** What each basis means; the GraphQL enum and docs/provenance.md say the same. */
export const BASIS_MEANINGS: Record<ProvenanceBasis, string> = {
  STATED:
    'The source says it: the quoted passage states the fact (both ends and the relation), or, ' +
    'for a data set, the record the note points to does.',
  READING:
    'Several passages of the source, read together, say it; none says it alone. `quote` and ' +
    '`readWith` hold the passages, `note` how they are read together.',
  EDITORIAL:
    'A decision of the curators, explained in `note`: knowledge or judgement the source does not ' +
    'give. A quote, when present, is the passage the decision rests on.',
};

/** The Source the curators' own decisions are filed under. */
export const CURATION_SOURCE = 'source:diplomap-curation';

/** The basis of a provenance that names none: records written before bases existed, data files. */
export function defaultBasis(source: string): ProvenanceBasis {
  return source === CURATION_SOURCE ? 'EDITORIAL' : 'STATED';
}

export function basisOf(p: Provenance): ProvenanceBasis {
  return p.basis ?? defaultBasis(p.source);
}

/** True when one of the sources states the fact (not only a reading or an editorial decision). */
export function isStated(sources: readonly Provenance[]): boolean {
  return sources.some((p) => basisOf(p) === 'STATED');
}

/** Every quoted passage a provenance rests on: the quote, then the passages read with it. */
export function passagesOf(p: Provenance): string[] {
  return [...(p.quote === undefined ? [] : [p.quote]), ...(p.readWith ?? [])];
}

/** What is wrong with a provenance, as sentences; empty when it is well formed. */
export function provenanceProblems(p: Provenance): string[] {
  const basis = basisOf(p);
  const problems: string[] = [];
  const readWith = p.readWith ?? [];
  if (basis !== 'READING' && readWith.length > 0)
    problems.push(`readWith is for a READING; a ${basis} fact has one passage (quote)`);
  if (basis === 'READING') {
    if (p.quote === undefined || readWith.length === 0)
      problems.push('a READING needs its passages: a quote and at least one readWith passage');
    if (p.note === undefined)
      problems.push('a READING needs a note saying how the passages combine');
  }
  if (basis === 'EDITORIAL' && p.note === undefined)
    problems.push('an EDITORIAL decision needs a note with the reasoning');
  if (p.source === CURATION_SOURCE && basis !== 'EDITORIAL')
    problems.push(`${CURATION_SOURCE} states nothing itself: its facts are EDITORIAL`);
  return problems;
}

/** The same provenance: one source, basis, passages and note (a second copy adds nothing). */
export function sameProvenance(a: Provenance, b: Provenance): boolean {
  return (
    a.source === b.source &&
    basisOf(a) === basisOf(b) &&
    a.quote === b.quote &&
    a.note === b.note &&
    (a.readWith ?? []).join('\u0000') === (b.readWith ?? []).join('\u0000')
  );
}

/** The provenance with its basis written out, as writers store it. */
export function withExplicitBasis(p: Provenance): Provenance {
  return p.basis === undefined ? { ...p, basis: basisOf(p) } : p;
}

/** Adds a source to a fact's list unless the same one is there, its basis written out. */
export function addProvenance(list: Provenance[], p: Provenance): void {
  if (!list.some((q) => sameProvenance(q, p))) list.push(withExplicitBasis(p));
}
