/**
 * The JRC's Covenant of Mayors signatories file (seeds/reference/networks/, origin in
 * seeds/reference/SOURCES.md), one row per signatory, read into typed records, and each row's
 * short, stable rendering: the quote every fact taken from the row cites.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export const COVENANT_FILE = 'networks/covenant-of-mayors-signatories-2024.csv';

/** The file's columns, as written (`-` means no value). */
interface RawRow {
  organisation_id: string;
  organisation_name: string;
  coordinator_name: string;
  supporter_name: string;
  country_code: string;
  country_name: string;
  population_adhesion: string;
  organisation_latitude: string;
  organisation_longitude: string;
  group_organisation_id: string;
  group_name: string;
  commitment_CoM2020_flag: string;
  commitment_CoM2030_flag: string;
  commitment_CoM2050_flag: string;
  commitment_mayoradapt_flag: string;
  adhesion_type: string;
  signatory_status: string;
  mayor: string;
  date_of_adhesion: string;
  group_profile: string;
  gcom_id: string;
}

/** The commitments a signatory can make, by the file's flag columns. */
export const COMMITMENTS = [
  ['CoM2020', 'commitment_CoM2020_flag'],
  ['CoM2030', 'commitment_CoM2030_flag'],
  ['CoM2050', 'commitment_CoM2050_flag'],
  ['adaptation', 'commitment_mayoradapt_flag'],
] as const satisfies readonly (readonly [string, keyof RawRow])[];
export type Commitment = (typeof COMMITMENTS)[number][0];

export interface Signatory {
  /** The file's line (the header is line 1). */
  line: number;
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2, upper case (the file writes it lower case). */
  country: string;
  countryName: string;
  coordinator?: string;
  supporter?: string;
  population?: number;
  lat?: number;
  lon?: number;
  /** The group it belongs to, when it signed as part of one. */
  group?: { id: string; name: string };
  /** The row is a group of municipalities that signed together (group_profile 1). */
  isGroup: boolean;
  commitments: Commitment[];
  adhesionType: string;
  status: string;
  /** Date of adhesion, YYYY-MM-DD. */
  since: string;
  gcomId?: string;
}

const value = (text: string): string | undefined => {
  const t = text.trim();
  return t === '' || t === '-' ? undefined : t;
};
const number = (text: string): number | undefined => {
  const t = value(text);
  const n = t === undefined ? NaN : Number(t);
  return Number.isFinite(n) ? n : undefined;
};

export function toSignatory(raw: RawRow, line: number): Signatory {
  const lat = number(raw.organisation_latitude);
  const lon = number(raw.organisation_longitude);
  const groupId = value(raw.group_organisation_id);
  const signatory: Signatory = {
    line,
    id: raw.organisation_id.trim(),
    name: raw.organisation_name.trim().replace(/\s+/g, ' '),
    country: raw.country_code.trim().toUpperCase(),
    countryName: raw.country_name.trim(),
    isGroup: raw.group_profile.trim() === '1',
    commitments: COMMITMENTS.filter(([, column]) => raw[column].trim() === '1').map(([c]) => c),
    adhesionType: raw.adhesion_type.trim(),
    status: raw.signatory_status.trim(),
    since: raw.date_of_adhesion.trim(),
  };
  const coordinator = value(raw.coordinator_name);
  const supporter = value(raw.supporter_name);
  const population = number(raw.population_adhesion);
  const gcomId = value(raw.gcom_id);
  if (coordinator) signatory.coordinator = coordinator.replace(/\s+/g, ' ');
  if (supporter) signatory.supporter = supporter.replace(/\s+/g, ' ');
  if (population !== undefined) signatory.population = population;
  if (lat !== undefined && lon !== undefined && (lat !== 0 || lon !== 0)) {
    signatory.lat = lat;
    signatory.lon = lon;
  }
  if (groupId) signatory.group = { id: groupId, name: value(raw.group_name) ?? groupId };
  if (gcomId) signatory.gcomId = gcomId;
  return signatory;
}

export async function readSignatories(referenceDir: string): Promise<Signatory[]> {
  const text = await readFile(join(referenceDir, COVENANT_FILE), 'utf8');
  const rows = parse<RawRow>(text, { columns: true, skip_empty_lines: true, cast: false });
  return rows.map((raw, i) => toSignatory(raw, i + 2));
}

/**
 * The row as one line of text, the fields in a fixed order and values as the file has them, so
 * the quote stays the same from load to load and can be cited:
 * `Signatory 11963 "Bologna" (IT), adhered 2008-12-22 As an individual signatory, status
 * published; commitments CoM2020, CoM2030, adaptation; coordinator "Regione Emilia-Romagna";
 * supporter "EUROCITIES"; GCoM id IT0007`.
 */
export function rowQuote(s: Signatory): string {
  const parts = [
    `Signatory ${s.id} "${s.name}" (${s.country}), adhered ${s.since} ${s.adhesionType}, status ${s.status}`,
    `commitments ${s.commitments.join(', ') || 'none'}`,
  ];
  if (s.isGroup) parts.push('a group of signatories');
  if (s.group) parts.push(`in group ${s.group.id} "${s.group.name}"`);
  if (s.coordinator) parts.push(`coordinator "${s.coordinator}"`);
  if (s.supporter) parts.push(`supporter "${s.supporter}"`);
  if (s.gcomId) parts.push(`GCoM id ${s.gcomId}`);
  return parts.join('; ');
}

/** Where in the file a row is, for a provenance note. */
export function rowNote(s: Signatory): string {
  return `${COVENANT_FILE} line ${s.line} (organisation_id ${s.id})`;
}
