/** Resolves the English country names used in the network files to ISO alpha-2 codes. */
import { normalizeText } from '../../domain/text.js';

// Names the files use that differ from the ISO list's.
const ALIASES: Record<string, string> = {
  usa: 'US',
  'united states': 'US',
  uk: 'GB',
  'united kingdom': 'GB',
  'the netherlands': 'NL',
  netherlands: 'NL',
  'the gambia': 'GM',
  'south korea': 'KR',
  'czech republic': 'CZ',
  'democratic republic of the congo': 'CD',
  kosovo: 'XK',
  palestine: 'PS',
  taiwan: 'TW',
  russia: 'RU',
  turkey: 'TR',
  'ivory coast': 'CI',
};

export class CountryNames {
  private readonly byName = new Map<string, string>();

  constructor(rows: Iterable<{ name: string; 'alpha-2': string }>) {
    for (const row of rows) this.byName.set(normalizeText(row.name), row['alpha-2']);
    for (const [name, code] of Object.entries(ALIASES)) this.byName.set(name, code);
  }

  resolve(name: string): string | undefined {
    return this.byName.get(normalizeText(name));
  }
}
