/**
 * The load report of the Covenant of Mayors signatories: per country, how many rows became an
 * existing municipality (matched), a new one, a new one because several namesakes fit
 * (ambiguous), or a body (a joint group, a union of comuni, a province); and the lists a curator
 * would check. `diplomap seed` writes it (docs/covenant-load-report.md is a copy) and prints
 * its summary.
 */
import type { Signatory } from './rows.js';

export type Outcome = 'matched' | 'new' | 'ambiguous' | 'group' | 'body';
export const OUTCOMES: readonly Outcome[] = ['matched', 'new', 'ambiguous', 'group', 'body'];

export interface CountryCounts {
  country: string;
  name: string;
  signatories: number;
  matched: number;
  new: number;
  ambiguous: number;
  group: number;
  body: number;
}

export interface GroupListing {
  group: string;
  name: string;
  matched: number;
  unmatched: string[];
}

export class CovenantLoadReport {
  private readonly countries = new Map<string, CountryCounts>();
  readonly ambiguous: { signatory: string; name: string; candidates: string[] }[] = [];
  /** Comuni matched by a name only they have, though the row's coordinates are far from them. */
  readonly farMatches: { signatory: string; name: string; key: string; km: number }[] = [];
  readonly groupListings: GroupListing[] = [];
  /**
   * Italian rows no comune matched: ISTAT's list is complete, so each is a comune merged away since
   * it signed, a misspelling or an abbreviation — for a curator to check.
   */
  readonly italianNew: { signatory: string; name: string }[] = [];
  coordinators = 0;
  supporters = 0;
  /** Coordinators and supporters that are bodies the graph already had (Eurocities, FEMP…). */
  existingBodies: string[] = [];

  count(s: Signatory, outcome: Outcome): void {
    let c = this.countries.get(s.country);
    if (!c) {
      c = {
        country: s.country,
        name: s.countryName,
        signatories: 0,
        matched: 0,
        new: 0,
        ambiguous: 0,
        group: 0,
        body: 0,
      };
      this.countries.set(s.country, c);
    }
    c.signatories++;
    c[outcome]++;
    if (outcome === 'new' && s.country === 'IT')
      this.italianNew.push({ signatory: s.id, name: s.name });
  }

  /** Per country, most signatories first (ties by country code). */
  perCountry(): CountryCounts[] {
    return [...this.countries.values()].sort(
      (a, b) => b.signatories - a.signatories || (a.country < b.country ? -1 : 1),
    );
  }

  totals(): Omit<CountryCounts, 'country' | 'name'> {
    const t = { signatories: 0, matched: 0, new: 0, ambiguous: 0, group: 0, body: 0 };
    for (const c of this.countries.values())
      for (const k of Object.keys(t) as (keyof typeof t)[]) t[k] += c[k];
    return t;
  }

  /** One line for the log. */
  summary(): string {
    const t = this.totals();
    return (
      `Covenant of Mayors: ${t.signatories} signatories in ${this.countries.size} countries — ` +
      `${t.matched} matched to municipalities the graph had, ${t.new} new municipalities, ` +
      `${t.ambiguous} ambiguous (kept as new), ${t.group} joint groups, ${t.body} other bodies; ` +
      `${this.coordinators} coordinators, ${this.supporters} supporters.`
    );
  }

  /** The whole report, as Markdown. */
  markdown(): string {
    const t = this.totals();
    const rows = this.perCountry().map(
      (c) =>
        `| ${c.country} | ${c.name} | ${c.signatories} | ${c.matched} | ${c.new} | ${c.ambiguous} | ${c.group} | ${c.body} |`,
    );
    const groups = this.groupListings.filter((g) => g.unmatched.length > 0 || g.matched > 0);
    return [
      '# Covenant of Mayors: load report',
      '',
      'Written by the seed step (`diplomap seed --report FILE`) from',
      '`seeds/reference/networks/covenant-of-mayors-signatories-2024.csv` (JRC, CC BY 4.0); how',
      'rows are matched: docs/covenant-of-mayors.md.',
      '',
      this.summary(),
      '',
      '## Per country',
      '',
      '| country | name | signatories | matched | new | ambiguous | joint groups | other bodies |',
      '|---|---|---|---|---|---|---|---|',
      ...rows,
      `| all | | ${t.signatories} | ${t.matched} | ${t.new} | ${t.ambiguous} | ${t.group} | ${t.body} |`,
      '',
      '## Ambiguous: several municipalities of the name, none near the row’s coordinates',
      '',
      'Each is loaded as a new municipality at the row’s coordinates; the candidates are the',
      'municipalities the graph has under that name.',
      '',
      ...(this.ambiguous.length === 0
        ? ['None.']
        : this.ambiguous.map((a) => `- ${a.signatory} "${a.name}": ${a.candidates.join(', ')}`)),
      '',
      `## Comuni matched by name, far from the row’s coordinates (${this.farMatches.length})`,
      '',
      'The name is one comune’s only (ISTAT’s list is complete), so the row is that comune; the',
      'row’s coordinates are more than 50 km away from it (rough or wrong coordinates in the file).',
      '',
      ...this.farMatches.map((f) => `- ${f.signatory} "${f.name}" → ${f.key} (${f.km} km)`),
      '',
      `## Italian signatories no comune matched (${this.italianNew.length})`,
      '',
      'ISTAT’s list of comuni is current and complete, so these are comuni merged into others since',
      'they signed, misspellings or abbreviations; each is loaded as a new municipality.',
      '',
      ...this.italianNew.map((n) => `- ${n.signatory} "${n.name}"`),
      '',
      '## Joint groups: the municipalities their names list',
      '',
      'A group whose name lists municipalities has those it could match as members; the rest are',
      'listed here.',
      '',
      ...groups.map(
        (g) =>
          `- ${g.group} "${g.name}": ${g.matched} matched` +
          (g.unmatched.length > 0 ? `; not matched: ${g.unmatched.join(', ')}` : ''),
      ),
      '',
      '## Coordinators and supporters the graph already had',
      '',
      ...(this.existingBodies.length === 0 ? ['None.'] : this.existingBodies.map((k) => `- ${k}`)),
      '',
    ].join('\n');
  }
}
