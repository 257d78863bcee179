/**
 * Reads an IATI activity file (the standard of development cooperation data; both generations,
 * 1.0x and 2.0x) into a batch, faithfully: activities become Projects with their organisations,
 * places, topics, money, related activities, locations and documents (iati-activity.ts). The
 * activity's IATI identifier is the Source every fact cites, quoting the element it came from.
 * A file that is not well-formed XML, or not an IATI activity file, is refused whole with the
 * line of the fault; an unknown standard version is read with a warning.
 */
import { XMLValidator } from 'fast-xml-parser';
import type { ImportBatch, Origin } from '../import/import-batch.js';
import { preview } from '../import/value-preview.js';
import { activityKeys, readActivity } from './iati-activity.js';
import { KNOWN_VERSIONS } from './iati-codelists.js';
import { FileWarnings, organisationMention, type ActivityContext } from './iati-context.js';
import { OrganisationNames, readRef } from './iati-organisations.js';
import {
  attr,
  elements,
  first,
  iatiParser,
  isElement,
  ownText,
  SourceText,
  textIn,
  type XmlElement,
} from './iati-xml.js';

export interface IatiImportOptions {
  file: string;
  /** The file's own Source: each activity's Source node cites it. */
  fileSource: string;
  /** The organisations' names across the files of the run. */
  names: OrganisationNames;
}

export interface IatiFileSummary {
  /** The `version` of the file's iati-activities element (1.03, 2.03…), or `1.0x` when absent. */
  version: string;
  activities: number;
}

/** Why a file was refused whole, with the line of the fault. */
export interface FileRefusal extends Origin {
  reason: string;
}

/** Whether a text looks like IATI activity XML (for choosing the format by content). */
export function looksLikeIati(text: string): boolean {
  return /<iati-activities[\s>]/.test(text.slice(0, 4_096));
}

export function readIatiImport(
  xml: string,
  batch: ImportBatch,
  options: IatiImportOptions,
): IatiFileSummary | FileRefusal {
  const { file } = options;
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return { file, line: valid.err.line, reason: `not well-formed XML: ${valid.err.msg}` };
  const doc = iatiParser.parse(xml) as XmlElement;
  const root = doc['iati-activities'];
  if (!isElement(root))
    return { file, line: 1, reason: 'no iati-activities element: not an IATI activity file' };
  const text = new SourceText(xml);
  const rootOrigin = { file, line: text.lineOf(root) ?? 1 };
  const written = attr(root, 'version');
  const version = written ?? '1.0x';
  if (written === undefined)
    batch.warn(
      rootOrigin,
      'iati-activities has no version: read as IATI 1.0x (where the version was optional)',
    );
  else if (!KNOWN_VERSIONS.includes(written))
    batch.warn(
      rootOrigin,
      `IATI version ${preview(written)} is not one this importer knows (${KNOWN_VERSIONS.join(', ')}): read as ${written.startsWith('1') ? '1.0x' : '2.0x'}`,
    );

  const activities = elements(root['iati-activity']).filter(isElement);
  for (const activity of activities) noteOrganisations(activity, options.names, file, text);
  const warnings = new FileWarnings();
  for (const activity of activities) {
    const line = text.lineOf(activity) ?? 1;
    const lang = attr(activity, 'xml:lang') ?? 'en';
    const identifier = ownText(first(activity['iati-identifier']));
    if (!identifier) {
      batch.reject({ file, line }, 'iati-activity without an iati-identifier');
      batch.skipped('iati-activity', 'no iati-identifier');
      continue;
    }
    const keys = activityKeys(identifier);
    if (typeof keys === 'string') {
      batch.reject({ file, line }, keys);
      batch.skipped('iati-activity', 'iati-identifier unusable as a key');
      continue;
    }
    const currency = attr(activity, 'default-currency');
    const ctx: ActivityContext = {
      batch,
      file,
      text,
      lang,
      identifier,
      ...keys,
      ...(currency ? { defaultCurrency: currency } : {}),
      names: options.names,
      warnings,
      line,
    };
    addActivitySource(ctx, activity, version, options.fileSource);
    readActivity(ctx, activity);
    batch.took('iati-activity');
  }
  warnings.flush(batch);
  return { version, activities: activities.length };
}

/** The activity's Source node: its identifier, version and publisher. */
function addActivitySource(
  ctx: ActivityContext,
  activity: XmlElement,
  version: string,
  fileSource: string,
): void {
  const title = textIn(activity.title, ctx.lang)?.text ?? ctx.identifier;
  const reporting = first(activity['reporting-org']);
  const publisher = reporting === undefined ? undefined : textIn(reporting, ctx.lang)?.text;
  const publisherRef = attr(reporting, 'ref');
  const identifierEl = first(activity['iati-identifier']);
  ctx.batch.addNode(
    {
      key: ctx.sourceKey,
      type: 'Source',
      name: `IATI activity ${ctx.identifier}: ${title}`,
      aliases: [],
      props: {
        kind: 'IATI_ACTIVITY',
        iatiIdentifier: ctx.identifier,
        iatiVersion: version,
        ...(publisher ? { publisher } : {}),
        ...(publisherRef ? { publisherRef } : {}),
      },
      sources: [
        {
          source: fileSource,
          quote: ctx.text.quoteOf(identifierEl) ?? ctx.identifier,
          note: `${ctx.file}:${ctx.line}`,
        },
      ],
    },
    { file: ctx.file, line: ctx.line },
  );
}

/** Every (identifier, name) pair the activity's organisation elements give, for the run's names. */
function noteOrganisations(
  activity: XmlElement,
  names: OrganisationNames,
  file: string,
  text: SourceText,
): void {
  const lang = attr(activity, 'xml:lang') ?? 'en';
  const orgs = [
    ...elements(activity['reporting-org']),
    ...elements(activity['participating-org']),
    ...['transaction', 'planned-disbursement'].flatMap((money) =>
      elements(activity[money]).flatMap((m) =>
        typeof m === 'string'
          ? []
          : [...elements(m['provider-org']), ...elements(m['receiver-org'])],
      ),
    ),
  ];
  for (const org of orgs) {
    const { ref, name } = organisationMention(org, lang);
    const reading = readRef(ref);
    if (reading.use === 'ref' && name)
      names.note(reading.ref, name.text, file, text.lineOf(org) ?? 1);
  }
}

/** Reports, once per run, each identifier that names several organisations (kept apart). */
export function reportNameConflicts(names: OrganisationNames, batch: ImportBatch): void {
  for (const { ref, names: list } of names.conflicts()) {
    const [firstName] = list;
    batch.warn(
      { file: firstName!.file, line: firstName!.line },
      `ref ${ref.length > 40 ? preview(ref) : ref} names ${list.length} organisations, kept apart: ${list.map((n) => `${preview(n.name)} (${n.key})`).join(', ')}`,
    );
  }
}
