/**
 * What reading one IATI activity needs at hand: the batch, the file's text (lines and quotes),
 * the activity's keys and language, and the organisations of the run. Every fact cites the
 * activity's Source with the element (or narrative) it came from as the quote.
 */
import type { Properties, Provenance } from '../../domain/graph-records.js';
import type { ImportBatch, Origin } from '../import/import-batch.js';
import { keyOf } from '../import/field-values.js';
import { preview } from '../import/value-preview.js';
import { attr, textIn, type SourceText, type XmlElement, type XmlValue } from './iati-xml.js';
import {
  KNOWN_ORGANISATIONS,
  kindOfType,
  organisationKey,
  readRef,
  type OrganisationNames,
} from './iati-organisations.js';

/** Warnings said once per file and reason, with how often it came up. */
export class FileWarnings {
  private readonly seen = new Map<string, { origin: Origin; count: number }>();

  add(origin: Origin, reason: string): void {
    const entry = this.seen.get(reason);
    if (entry) entry.count++;
    else this.seen.set(reason, { origin, count: 1 });
  }

  flush(batch: ImportBatch): void {
    for (const [reason, { origin, count }] of this.seen)
      batch.warn(origin, count > 1 ? `${reason} (${count} times in the file)` : reason);
    this.seen.clear();
  }
}

export interface ActivityContext {
  batch: ImportBatch;
  file: string;
  text: SourceText;
  /** The activity's language (xml:lang, else English). */
  lang: string;
  identifier: string;
  projectKey: string;
  sourceKey: string;
  /** The activity's default-currency, for values that name none. */
  defaultCurrency?: string;
  names: OrganisationNames;
  warnings: FileWarnings;
  /** The line of the activity, for elements that have no position of their own. */
  line: number;
}

export function where(ctx: ActivityContext, el: XmlValue | undefined): Origin {
  return { file: ctx.file, line: ctx.text.lineOf(el) ?? ctx.line };
}

/** The activity's Source, quoting the element (or the given narrative), noting file and line. */
export function cite(ctx: ActivityContext, el: XmlValue | undefined, quote?: string): Provenance {
  const text = quote ?? ctx.text.quoteOf(el);
  const { file, line } = where(ctx, el);
  return { source: ctx.sourceKey, ...(text ? { quote: text } : {}), note: `${file}:${line}` };
}

/** Refuses an element: a row in the report with its line, and a count under `category`. */
export function refuse(
  ctx: ActivityContext,
  kind: string,
  el: XmlValue | undefined,
  category: string,
  detail: string,
): void {
  ctx.batch.reject(where(ctx, el), detail);
  ctx.batch.skipped(kind, category);
}

/** The (ref, name) an organisation element gives: 2.0x narrative or 1.0x text. */
export function organisationMention(
  el: XmlElement | string,
  lang: string,
): { ref?: string; name?: { text: string; lang: string } } {
  const ref = attr(el, 'ref');
  const name = textIn(el, lang);
  return { ...(ref ? { ref } : {}), ...(name ? { name } : {}) };
}

/**
 * The actor an organisation element names, added to the batch (a stand-in for a known actor
 * the seeds have), or undefined when it names none: a DAC channel category, nothing usable, a
 * type not on the codelist. `kind` is the element's name, for the report.
 */
export function actorFor(
  ctx: ActivityContext,
  el: XmlElement | string,
  kind: string,
): string | undefined {
  const at = where(ctx, el);
  const mention = organisationMention(el, ctx.lang);
  const typeValue = attr(el, 'type');
  const type = kindOfType(typeValue);
  if (!type) {
    refuse(
      ctx,
      kind,
      el,
      'type not on the OrganisationType codelist',
      `${kind} type ${preview(typeValue ?? '')} is not on the OrganisationType codelist`,
    );
    return undefined;
  }
  const reading = readRef(mention.ref);
  if (reading.use === 'none') {
    ctx.warnings.add(
      at,
      `${kind} ${reading.reason}${mention.name ? ` (${preview(mention.name.text)})` : ''}: left out`,
    );
    ctx.batch.skipped(kind, 'an OECD DAC channel category, not an organisation');
    return undefined;
  }
  if (reading.use === 'name' && reading.warning) ctx.warnings.add(at, `${kind} ${reading.warning}`);
  let ref = reading.use === 'ref' ? reading.ref : undefined;
  const name = mention.name?.text ?? (ref ? ctx.names.onlyName(ref) : undefined);
  if (!ref && !name) {
    refuse(
      ctx,
      kind,
      el,
      'neither an identifier nor a name',
      `${kind} has neither an organisation identifier nor a name`,
    );
    return undefined;
  }
  let key = organisationKey(ref, name);
  try {
    keyOf(key, `${kind} ref`);
  } catch {
    if (!name) {
      refuse(
        ctx,
        kind,
        el,
        'identifier unusable as a key',
        `${kind} ref cannot be a key, and no name is given`,
      );
      return undefined;
    }
    ctx.warnings.add(
      at,
      `${kind} ref ${preview(ref ?? '')} cannot be part of a key: the name identifies it`,
    );
    ref = undefined;
    key = organisationKey(undefined, name);
  }
  const known = ref ? KNOWN_ORGANISATIONS[ref] : undefined;
  if (known) {
    ctx.batch.addNode(
      {
        key,
        type: known.kind,
        name: known.name,
        aliases: [],
        props: { iatiRef: ref! },
        sources: [cite(ctx, el)],
      },
      at,
      [],
      { ifAbsent: true },
    );
    return key;
  }
  const props: Properties = {};
  if (ref) props.iatiRef = ref;
  if (ref && mention.ref !== ref) props.iatiRefAsWritten = mention.ref!;
  if (type.typeName) props.iatiOrganisationType = type.typeName;
  if (mention.name && mention.name.lang !== 'en') props.nameLang = mention.name.lang;
  const added = ctx.batch.addNode(
    { key, type: type.kind, name: name ?? ref!, aliases: [], props, sources: [cite(ctx, el)] },
    at,
  );
  return added ? key : undefined;
}
