/**
 * Who an IATI organisation reference is. Identity is the pair (ref, name): one ref under two
 * names is two actors, kept apart and reported (publishers reuse refs: an FAO office and a
 * national ministry must not become one). A ref is used only when it is an organisation
 * identifier (`XM-DAC-41114`, `GB-GOV-1`, `GB-CHC-202918`); placeholders (`N/A`, `35`, a country
 * code) are ignored with a warning and the name identifies the organisation; an OECD DAC channel
 * category (`22000` "Donor country-based NGO") is not an organisation at all. Known identifiers
 * of actors the seeds have (`XM-DAC-41114` is `undp`) point to those actors.
 */
import type { ActorKind } from '../../domain/node-types.js';
import { slugify } from '../../domain/text.js';
import { preview } from '../import/value-preview.js';
import {
  ORGANISATION_TYPE_WORDS,
  ORGANISATION_TYPES,
  UNKNOWN_ACTOR_KIND,
} from './iati-codelists.js';

/** Identifiers of actors the seeds have, from the OECD DAC channel codes IATI uses (XM-DAC-…). */
export const KNOWN_ORGANISATIONS: Record<string, { key: string; name: string; kind: ActorKind }> = {
  'XM-DAC-41114': {
    key: 'undp',
    name: 'United Nations Development Programme',
    kind: 'InternationalOrganization',
  },
  'XM-DAC-41122': {
    key: 'unicef',
    name: "United Nations Children's Fund",
    kind: 'InternationalOrganization',
  },
  'XM-DAC-41301': {
    key: 'fao',
    name: 'Food and Agriculture Organization of the United Nations',
    kind: 'InternationalOrganization',
  },
};

/** Identifiers publishers replaced, read as the current one (DFID's GB-1 became GB-GOV-1 in 2016). */
export const FORMER_IDENTIFIERS: Record<string, string> = { 'GB-1': 'GB-GOV-1' };

/** `XX-AGENCY-identifier`: a registration agency prefix (org-id.guide) and an identifier. */
const ORGANISATION_IDENTIFIER = /^[A-Z]{2}-[A-Z0-9]+-\S+$/i;
const DAC_CHANNEL = /^\d{5}$/;

export type RefReading =
  | { use: 'ref'; ref: string; note?: string }
  | { use: 'name'; warning?: string }
  | { use: 'none'; reason: string };

/** What a ref says: an identifier to use (canonical), nothing (use the name), or a category. */
export function readRef(ref: string | undefined): RefReading {
  if (ref === undefined) return { use: 'name' };
  const former = FORMER_IDENTIFIERS[ref.toUpperCase()];
  if (former)
    return { use: 'ref', ref: former, note: `${ref} is the former identifier of ${former}` };
  if (DAC_CHANNEL.test(ref)) {
    if (ref.endsWith('000'))
      return {
        use: 'none',
        reason: `ref ${ref} is an OECD DAC channel category, not an organisation`,
      };
    return {
      use: 'ref',
      ref: `XM-DAC-${ref}`,
      note: `the DAC channel code ${ref} is XM-DAC-${ref}`,
    };
  }
  if (ORGANISATION_IDENTIFIER.test(ref)) return { use: 'ref', ref };
  return {
    use: 'name',
    warning: `ref ${preview(ref)} is not an organisation identifier (a placeholder): ignored, the name identifies it`,
  };
}

/** The actor kind for an OrganisationType code (2.0x) or word (1.0x), or undefined if unknown. */
export function kindOfType(
  typeCode: string | undefined,
): { kind: ActorKind; typeName?: string } | undefined {
  if (typeCode === undefined) return { kind: UNKNOWN_ACTOR_KIND };
  const code = ORGANISATION_TYPES[typeCode]
    ? typeCode
    : ORGANISATION_TYPE_WORDS[typeCode.toLowerCase()];
  const type = code ? ORGANISATION_TYPES[code] : undefined;
  return type ? { kind: type.kind, typeName: type.name } : undefined;
}

/** Longest name part of a key, so keys stay within the 200 characters keys may have. */
const NAME_SLUG_LENGTH = 80;

function nameSlug(name: string): string {
  return slugify(name).slice(0, NAME_SLUG_LENGTH).replace(/-+$/, '');
}

/**
 * The names each identifier is given across the files of one import run: a reference without a
 * name takes the one name its ref has, and a ref under several names is reported.
 */
/** Where a name was seen for a ref. */
type NameSighting = { name: string; file: string; line: number };

export class OrganisationNames {
  private readonly names = new Map<string, Map<string, NameSighting>>();

  note(ref: string, name: string, file: string, line: number): void {
    const slug = nameSlug(name);
    if (slug === '') return;
    let byName = this.names.get(ref);
    if (!byName) this.names.set(ref, (byName = new Map<string, NameSighting>()));
    if (!byName.has(slug)) byName.set(slug, { name, file, line });
  }

  /** The one name a ref has in the run, when it has exactly one. */
  onlyName(ref: string): string | undefined {
    const byName = this.names.get(ref);
    return byName?.size === 1 ? [...byName.values()][0]!.name : undefined;
  }

  /** Refs with more than one name: each name is its own actor. */
  conflicts(): {
    ref: string;
    names: { name: string; key: string; file: string; line: number }[];
  }[] {
    return [...this.names]
      .filter(([, byName]) => byName.size > 1)
      .map(([ref, byName]) => ({
        ref,
        names: [...byName.values()].map((n) => ({ ...n, key: organisationKey(ref, n.name) })),
      }));
  }
}

/** The key of an organisation: by ref and name, by ref alone (no name), by name alone (no ref). */
export function organisationKey(ref: string | undefined, name: string | undefined): string {
  const known = ref ? KNOWN_ORGANISATIONS[ref] : undefined;
  if (known) return known.key;
  const slug = name ? nameSlug(name) : '';
  if (ref && slug) return `iati-org:${ref}:${slug}`;
  if (ref) return `iati-org:${ref}`;
  return `iati-org:${slug}`;
}
