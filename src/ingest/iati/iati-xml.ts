/**
 * Reading IATI XML: the parser settings, element and attribute access, narratives with their
 * language, the verbatim text of an element (the quote a fact cites) and its line.
 */
import { XMLParser } from 'fast-xml-parser';
import { LineIndex } from '../import/line-index.js';

/** Elements that may repeat (fast-xml-parser gives them as arrays whatever their number). */
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
  'policy-marker',
  'transaction',
  'budget',
  'planned-disbursement',
  'related-activity',
  'location',
  'document-link',
  'category',
  'language',
  'administrative',
]);

export type XmlValue = string | XmlElement | XmlValue[];
export interface XmlElement {
  [name: string]: XmlValue | undefined;
}

export const iatiParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  // Codes such as "011" or "1.0" stay the text they are.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  captureMetaData: true,
  // Every element an object, text-only ones too, so each has its position (line and quote).
  alwaysCreateTextNode: true,
  // A map of extra named entities (none): the five XML entities and numeric character
  // references (&#244; → ô) are decoded, HTML's named entities (which XML does not define) are
  // not. The typings allow only a boolean, which `true` would also decode &nbsp; and the like.
  htmlEntities: {} as unknown as boolean,
  isArray: (name) => REPEATED.has(name),
});
const META = XMLParser.getMetaDataSymbol() as unknown as string;

export function isElement(value: XmlValue | undefined): value is XmlElement {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The elements of a child list (an empty element without attributes comes as ''). */
export function elements(value: XmlValue | undefined): (XmlElement | string)[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is XmlElement | string => typeof v === 'string' || isElement(v));
}

/** The first element of a child list, if any. */
export function first(value: XmlValue | undefined): XmlElement | string | undefined {
  return elements(value)[0];
}

export function attr(el: XmlElement | string | undefined, name: string): string | undefined {
  if (el === undefined || typeof el === 'string') return undefined;
  const value = el[`@${name}`];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The element's own text (1.0x puts text in the element), whitespace collapsed. */
export function ownText(el: XmlElement | string | undefined): string | undefined {
  const raw = typeof el === 'string' ? el : el?.['#text'];
  if (typeof raw !== 'string') return undefined;
  const text = raw.replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/** Where an element is in the file: its first and past-the-last character. */
export function spanOf(el: XmlValue | undefined): { start: number; end: number } | undefined {
  if (!isElement(el)) return undefined;
  const meta = (el as unknown as Record<string, { startIndex?: number; endIndex?: number }>)[META];
  return typeof meta?.startIndex === 'number' && typeof meta.endIndex === 'number'
    ? { start: meta.startIndex, end: meta.endIndex }
    : undefined;
}

export interface Narrative {
  text: string;
  /** xml:lang of the narrative (or of a 1.0x element), when stated. */
  lang?: string;
}

/**
 * The narratives of an element list: 2.0x `narrative` children, or (1.0x) the element's own
 * text, each with its language when stated, in document order.
 */
export function narratives(value: XmlValue | undefined): Narrative[] {
  const found: Narrative[] = [];
  for (const el of elements(value)) {
    const children = typeof el === 'string' ? [] : elements(el.narrative);
    const sources = children.length > 0 ? children : [el];
    for (const n of sources) {
      const text = ownText(n);
      const lang = attr(n, 'xml:lang') ?? (n === el ? undefined : attr(el, 'xml:lang'));
      if (text) found.push({ text, ...(lang ? { lang } : {}) });
    }
  }
  return found;
}

/**
 * The narrative in the activity's language: one in that language, else one without a stated
 * language (which is in the activity's language), else the first.
 */
export function pickNarrative(list: Narrative[], lang: string): Narrative | undefined {
  return list.find((n) => n.lang === lang) ?? list.find((n) => n.lang === undefined) ?? list.at(0);
}

/** The text and language of an element's narrative in the activity's language. */
export function textIn(
  value: XmlValue | undefined,
  lang: string,
): { text: string; lang: string } | undefined {
  const chosen = pickNarrative(narratives(value), lang);
  return chosen ? { text: chosen.text, lang: chosen.lang ?? lang } : undefined;
}

/** Longest verbatim quote of an element; longer ones are cut there (and say so with …). */
export const MAX_QUOTE = 2_000;

/** Reads source positions back into lines and verbatim text. */
export class SourceText {
  private readonly lines: LineIndex;

  constructor(readonly xml: string) {
    this.lines = new LineIndex(xml);
  }

  lineOf(el: XmlValue | undefined): number | undefined {
    const span = spanOf(el);
    return span ? this.lines.lineAt(span.start) : undefined;
  }

  /** The element as written in the file (cut at MAX_QUOTE characters, marked with …). */
  quoteOf(el: XmlValue | undefined): string | undefined {
    const span = spanOf(el);
    if (!span) return undefined;
    const text = this.xml.slice(span.start, span.end);
    return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE)}…` : text;
  }
}
