/**
 * Reads an IATI activity file (the standard of development cooperation data; both generations,
 * 1.0x and 2.0x) into a batch: each activity becomes a Project, its participating organisations
 * actors with their IATI roles, its recipient countries and regions targets, its SDG tags and
 * sectors SDGs and themes. The activity's IATI identifier is the source of every fact it states.
 * An element that cannot be mapped is refused with its line; the rest of the activity goes on.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { GraphNode, Properties, Provenance } from '../../domain/graph-records.js';
import { slugify } from '../../domain/text.js';
import {
  countryKeyOf,
  dateOf,
  FieldError,
  keyOf,
  sdgKeyOf,
  yearFrom,
} from '../import/field-values.js';
import type { ImportBatch, Origin } from '../import/import-batch.js';
import {
  ACTIVITY_STATUSES,
  activityDateType,
  DAC_REGIONS,
  DEFAULT_ACTOR_KIND,
  m49RegionKey,
  ORGANISATION_ROLES,
  ORGANISATION_TYPES,
  organisationRoleCode,
  SDG_SECTOR_VOCABULARIES,
  SDG_TAG_VOCABULARIES,
  SECTOR_THEMES,
} from './iati-codelists.js';

const REPEATED = new Set([
  'iati-activity',
  'title',
  'description',
  'narrative',
  'participating-org',
  'recipient-country',
  'recipient-region',
  'sector',
  'tag',
  'activity-date',
]);

type XmlValue = string | XmlElement | XmlValue[];
interface XmlElement {
  [name: string]: XmlValue | undefined;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  // Codes such as "011" or "1.0" stay the text they are.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  captureMetaData: true,
  isArray: (name) => REPEATED.has(name),
});
const META = XMLParser.getMetaDataSymbol() as unknown as string;

export interface IatiImportOptions {
  file: string;
  /** The file's own Source: each activity's Source node cites it. */
  fileSource: string;
}

export interface IatiFileSummary {
  /** The `version` of the file's iati-activities element (1.03, 2.03…). */
  version: string;
  activities: number;
}

/** Whether a text looks like IATI activity XML (for choosing the format by content). */
export function looksLikeIati(text: string): boolean {
  return /<iati-activities[\s>]/.test(text.slice(0, 4_096));
}

export function readIatiImport(
  xml: string,
  batch: ImportBatch,
  options: IatiImportOptions,
): IatiFileSummary | undefined {
  const { file } = options;
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    batch.reject({ file, line: valid.err.line }, `not well-formed XML: ${valid.err.msg}`);
    return undefined;
  }
  const lineStarts = [0];
  for (let i = 0; i < xml.length; i++) if (xml[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (index: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const doc = parser.parse(xml) as XmlElement;
  const root = doc['iati-activities'];
  if (!isElement(root)) {
    batch.reject({ file, line: 1 }, 'no iati-activities element: not an IATI activity file');
    return undefined;
  }
  const version = attr(root, 'version') ?? '';
  const activities = elements(root['iati-activity']).filter(isElement);
  for (const activity of activities) {
    const line = lineOfElement(activity, lineAt) ?? 1;
    readActivity(activity, batch, { file, line }, options.fileSource, version, (el) =>
      lineOfElement(el, lineAt),
    );
  }
  return { version, activities: activities.length };
}

function readActivity(
  activity: XmlElement,
  batch: ImportBatch,
  origin: Origin,
  fileSource: string,
  version: string,
  lineOf: (el: XmlValue) => number | undefined,
): void {
  const lang = attr(activity, 'xml:lang') ?? 'en';
  const identifier = textOf(activity['iati-identifier'], lang);
  if (!identifier) {
    batch.reject(origin, 'iati-activity without an iati-identifier');
    return;
  }
  let projectKey: string;
  let sourceKey: string;
  try {
    projectKey = keyOf(`project:iati:${identifier}`, 'iati-identifier');
    sourceKey = `source:iati:${identifier}`;
  } catch (error) {
    batch.reject(origin, (error as Error).message);
    return;
  }
  const where = (el: XmlValue): Origin => ({ file: origin.file, line: lineOf(el) ?? origin.line });
  const provenance: Provenance = { source: sourceKey, note: `${origin.file}:${origin.line}` };
  const title = textOf(activity.title, lang) ?? identifier;
  const reporting = activity['reporting-org'];
  const reportingName = textOf(reporting, lang);
  const reportingRef = isElement(reporting) ? attr(reporting, 'ref') : undefined;

  batch.addNode(
    {
      key: sourceKey,
      type: 'Source',
      name: `IATI activity ${identifier}: ${title}`,
      aliases: [],
      props: {
        kind: 'IATI_ACTIVITY',
        iatiIdentifier: identifier,
        iatiVersion: version,
        ...(reportingName ? { publisher: reportingName } : {}),
        ...(reportingRef ? { publisherRef: reportingRef } : {}),
      },
      sources: [{ source: fileSource, note: `${origin.file}:${origin.line}` }],
    },
    origin,
  );

  const props: Properties = { iatiIdentifier: identifier, projectType: 'PROJECT' };
  if (reportingName) props.reportingOrg = reportingName;
  if (reportingRef) props.reportingOrgRef = reportingRef;

  for (const el of elements(activity['activity-date'])) {
    const type = activityDateType(attr(el, 'type') ?? '');
    const date = attr(el, 'iso-date');
    if (!type || !date) {
      batch.reject(
        where(el),
        `activity-date needs a known type and an iso-date (type "${attr(el, 'type') ?? ''}")`,
      );
      continue;
    }
    try {
      // xsd:date may carry a time zone (2012-04-15Z); publishers also write date-times.
      const day = /^\d{4}-\d{2}-\d{2}(?=$|[TZ+-])/.exec(date)?.[0] ?? date;
      props[type.prop] = dateOf(day, `activity-date ${type.name}`);
    } catch (error) {
      batch.reject(where(el), (error as Error).message);
    }
  }
  const start = props.startActual ?? props.startPlanned;
  const end = props.endActual ?? props.endPlanned;
  if (typeof start === 'string') props.startYear = yearFrom(start);
  if (typeof end === 'string') props.endYear = yearFrom(end);

  const statusEl = activity['activity-status'];
  if (statusEl !== undefined) {
    const code = isElement(statusEl) ? attr(statusEl, 'code') : undefined;
    const status = code ? ACTIVITY_STATUSES[code] : undefined;
    if (status) {
      props.status = status.status;
      props.iatiActivityStatus = status.name;
    } else
      batch.reject(
        where(statusEl),
        `activity-status code "${code ?? ''}" is not on the ActivityStatus codelist`,
      );
  }

  // Each link remembers the element it came from, so a refusal points at that line.
  const themes = new Map<string, Origin>();
  const sdgs = new Map<string, Origin>();
  const sectors: string[] = [];
  for (const el of elements(activity.sector)) {
    const code = attr(el, 'code') ?? '';
    const vocabulary = attr(el, 'vocabulary') ?? '1';
    try {
      if (
        vocabulary === SDG_SECTOR_VOCABULARIES.goal ||
        vocabulary === SDG_SECTOR_VOCABULARIES.target
      ) {
        sdgs.set(sdgKeyOf(code, `sector (vocabulary ${vocabulary})`), where(el));
      } else if (['1', '2', 'DAC', 'DAC-3'].includes(vocabulary)) {
        if (!/^\d{3}(\d{2})?$/.test(code))
          throw new FieldError(`sector code "${code}" is not a DAC code`);
        sectors.push(code);
        const theme = SECTOR_THEMES[code];
        if (theme) themes.set(theme.theme, where(el));
      } else {
        throw new FieldError(
          `sector vocabulary "${vocabulary}" is not read (DAC 1/2 and SDG 7/8 are)`,
        );
      }
    } catch (error) {
      batch.reject(where(el), (error as Error).message);
    }
  }
  if (sectors.length > 0) props.sectors = sectors;
  for (const el of elements(activity.tag)) {
    const vocabulary = attr(el, 'vocabulary') ?? '';
    const code = attr(el, 'code') ?? '';
    if (vocabulary !== SDG_TAG_VOCABULARIES.goal && vocabulary !== SDG_TAG_VOCABULARIES.target)
      continue;
    try {
      const key = sdgKeyOf(code, `tag (vocabulary ${vocabulary})`);
      const isTarget = key.includes('.');
      if (isTarget !== (vocabulary === SDG_TAG_VOCABULARIES.target))
        throw new FieldError(
          `tag code "${code}" is not an SDG ${isTarget ? 'goal' : 'target'} (vocabulary ${vocabulary})`,
        );
      sdgs.set(key, where(el));
    } catch (error) {
      batch.reject(where(el), (error as Error).message);
    }
  }

  const targets = new Map<string, Origin>();
  for (const el of elements(activity['recipient-country'])) {
    try {
      targets.set(countryKeyOf(attr(el, 'code') ?? '', 'recipient-country'), where(el));
    } catch (error) {
      batch.reject(where(el), (error as Error).message);
    }
  }
  for (const el of elements(activity['recipient-region'])) {
    const code = attr(el, 'code') ?? '';
    const vocabulary = attr(el, 'vocabulary') ?? '1';
    const region =
      vocabulary === '1'
        ? DAC_REGIONS[code]?.region
        : vocabulary === '2'
          ? m49RegionKey(code)
          : undefined;
    if (region) targets.set(region, where(el));
    else
      batch.reject(
        where(el),
        vocabulary === '1' || vocabulary === '2'
          ? `recipient-region ${code} (vocabulary ${vocabulary}) has no region in the graph`
          : `recipient-region vocabulary "${vocabulary}" is not read (1 OECD DAC and 2 UN M49 are)`,
      );
  }

  const description = textOf(activity.description, lang);
  const project: GraphNode = {
    key: projectKey,
    type: 'Project',
    name: title,
    aliases: [],
    props,
    sources: [provenance],
  };
  if (description) project.description = description;
  batch.addNode(project, origin, [{ key: sourceKey, types: ['Source'], role: 'source' }]);

  for (const el of elements(activity['participating-org'])) readParticipant(el);
  // SDGs as the seeds link them to projects (ADDRESSES), so they count in "works on".
  const links: [Map<string, Origin>, 'TARGETS' | 'ADDRESSES'][] = [
    [targets, 'TARGETS'],
    [themes, 'ADDRESSES'],
    [sdgs, 'ADDRESSES'],
  ];
  for (const [keys, type] of links)
    for (const [key, at] of keys)
      batch.addEdge({ type, from: projectKey, to: key, source: provenance }, at);

  function readParticipant(el: XmlElement | string): void {
    const at = where(el);
    const roleValue = isElement(el) ? attr(el, 'role') : undefined;
    const roleCode = roleValue === undefined ? undefined : organisationRoleCode(roleValue);
    if (!roleCode) {
      batch.reject(
        at,
        `participating-org role "${roleValue ?? ''}" is not on the OrganisationRole codelist`,
      );
      return;
    }
    const ref = isElement(el) ? attr(el, 'ref') : undefined;
    const name = textOf(el, lang) ?? ref;
    if (!name) {
      batch.reject(at, 'participating-org has neither a ref nor a name');
      return;
    }
    const typeCode = isElement(el) ? attr(el, 'type') : undefined;
    if (typeCode !== undefined && !ORGANISATION_TYPES[typeCode]) {
      batch.reject(
        at,
        `participating-org type "${typeCode}" is not on the OrganisationType codelist`,
      );
      return;
    }
    const id = ref ?? slugify(name);
    if (id === '') {
      batch.reject(at, `participating-org "${name}" has no ref, and its name gives no key`);
      return;
    }
    let actorKey: string;
    try {
      actorKey = keyOf(`iati-org:${id}`, 'participating-org ref');
    } catch (error) {
      batch.reject(at, (error as Error).message);
      return;
    }
    const actorProps: Properties = {};
    if (ref) actorProps.iatiRef = ref;
    if (typeCode) actorProps.iatiOrganisationType = ORGANISATION_TYPES[typeCode]!.name;
    const added = batch.addNode(
      {
        key: actorKey,
        type: typeCode ? ORGANISATION_TYPES[typeCode]!.kind : DEFAULT_ACTOR_KIND,
        name,
        aliases: [],
        props: actorProps,
        sources: [provenance],
      },
      at,
    );
    if (!added) return;
    const role = ORGANISATION_ROLES[roleCode]!;
    batch.addEdge(
      {
        type: 'PARTICIPATES_IN',
        from: actorKey,
        to: projectKey,
        props: { role: role.role, iatiRole: role.name },
        source: provenance,
        // One organisation may play several roles: each is its own relationship.
        discriminator: role.name.toLowerCase(),
      },
      at,
    );
  }
}

function isElement(value: XmlValue | undefined): value is XmlElement {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function elements(value: XmlValue | undefined): (XmlElement | string)[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is XmlElement | string => typeof v === 'string' || isElement(v));
}

function attr(el: XmlElement | string, name: string): string | undefined {
  if (typeof el === 'string') return undefined;
  const value = el[`@${name}`];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function lineOfElement(el: XmlValue, lineAt: (index: number) => number): number | undefined {
  if (!isElement(el)) return undefined;
  const meta = (el as unknown as Record<string, { startIndex?: number } | undefined>)[META];
  return typeof meta?.startIndex === 'number' ? lineAt(meta.startIndex) : undefined;
}

/**
 * The text of an element in the activity's language: 2.0x puts it in `narrative` children, 1.0x
 * in the element itself; among several languages, the one without xml:lang or matching the default.
 */
function textOf(value: XmlValue | undefined, lang: string): string | undefined {
  const candidates: { text: string; lang?: string }[] = [];
  for (const el of elements(value)) {
    if (typeof el === 'string') {
      candidates.push({ text: el });
      continue;
    }
    const narratives = elements(el.narrative);
    if (narratives.length > 0) {
      for (const n of narratives) {
        const text = typeof n === 'string' ? n : n['#text'];
        const nLang = typeof n === 'string' ? undefined : attr(n, 'xml:lang');
        if (typeof text === 'string' && text.trim())
          candidates.push({ text, ...(nLang ? { lang: nLang } : {}) });
      }
    } else if (typeof el['#text'] === 'string' && el['#text'].trim()) {
      const elLang = attr(el, 'xml:lang');
      candidates.push({ text: el['#text'], ...(elLang ? { lang: elLang } : {}) });
    }
  }
  const chosen = candidates.find((c) => c.lang === undefined || c.lang === lang) ?? candidates[0];
  return chosen?.text.replace(/\s+/g, ' ').trim();
}
