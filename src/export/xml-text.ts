/**
 * Text as XML 1.0 can hold it. XML has no way to write NUL, most C0 controls, lone surrogates or
 * U+FFFE/U+FFFF, not even as character references, so each becomes U+FFFD (the replacement
 * character). Edits, imports and seeds refuse those characters (src/domain/text-hygiene.ts); this
 * keeps an export well-formed for a store filled before that rule (a Neo4j database, a bulk load).
 */

// Everything outside XML's Char production, a surrogate pair counting as one character.
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text with every character XML cannot hold replaced by U+FFFD. */
export function xmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '\ufffd');
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // Parsers turn raw tabs and line breaks in attributes into spaces: written as references, they stay.
  '\t': '&#x9;',
  '\n': '&#xA;',
  '\r': '&#xD;',
};

/** For an attribute value in double quotes. */
export function xmlAttribute(value: string | number | boolean): string {
  return xmlChars(String(value)).replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

/** For element content. Carriage returns as references, or parsers turn CR LF into LF. */
export function xmlContent(value: string | number | boolean): string {
  return xmlChars(String(value)).replace(/[&<>\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}
