/**
 * Which characters a name or a text may hold, one rule for every entry (edits, imports, seeds).
 * Refused: NUL and the other C0 controls, DEL and the C1 controls, lone surrogates (half of a
 * UTF-16 pair: not a character at all) and the noncharacters U+FFFE/U+FFFF. Multi-line texts
 * (descriptions, quotes, notes) may also hold tab, line feed and carriage return; single-line
 * ones (names, aliases, keys, titles, roles) may not. What passes is what XML 1.0 can hold,
 * so the GEXF and GraphML exports stay well-formed.
 */
import type { GraphEdge, GraphNode, Properties, Provenance } from './graph-records.js';

export type TextKind = 'line' | 'multiline';

export interface UnsafeChar {
  /** 1-based position in characters (code points) of the first refused character. */
  position: number;
  /** `U+0000`. */
  codePoint: string;
  /** What it is, for people: `NUL`, `a control character`, `a lone surrogate`… */
  what: string;
  /** The value before it, at most PREFIX_CHARS characters, so an error never echoes it whole. */
  prefix: string;
}

/** How much of a refused value an error quotes. */
const PREFIX_CHARS = 20;

const MULTILINE_ALLOWED = new Set([0x09, 0x0a, 0x0d]);

// Any character that may be refused (surrogates included, even in pairs): the common case, clean
// text, is settled by one native regex test.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SUSPECT = /[\u0000-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/;

/** The first character `kind` text may not hold, or undefined when every character is fine. */
export function findUnsafeChar(text: string, kind: TextKind): UnsafeChar | undefined {
  if (!SUSPECT.test(text)) return undefined;
  let position = 0;
  for (let i = 0; i < text.length; i++) {
    position++;
    const unit = text.charCodeAt(i);
    let what: string | undefined;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++; // a whole pair: one character
        continue;
      }
      what = 'a lone surrogate';
    } else if (unit >= 0xdc00 && unit <= 0xdfff) what = 'a lone surrogate';
    else if (unit === 0) what = 'NUL';
    else if (unit < 0x20 && !(kind === 'multiline' && MULTILINE_ALLOWED.has(unit)))
      what =
        unit === 0x09 || unit === 0x0a || unit === 0x0d
          ? 'a tab or line break'
          : 'a control character';
    else if (unit >= 0x7f && unit <= 0x9f) what = 'a control character';
    else if (unit === 0xfffe || unit === 0xffff) what = 'a noncharacter';
    if (what === undefined) continue;
    const before = [...text.slice(0, i)];
    return {
      position,
      codePoint: `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`,
      what,
      prefix:
        before.length > PREFIX_CHARS
          ? `${before.slice(0, PREFIX_CHARS).join('')}…`
          : before.join(''),
    };
  }
  return undefined;
}

/** The message for a refused character: what it is and where, with a short prefix of the value. */
export function unsafeCharMessage(found: UnsafeChar): string {
  const after = found.prefix === '' ? 'at the start' : `after "${found.prefix}"`;
  return `holds ${found.what} (${found.codePoint}) at character ${found.position}, ${after}`;
}

/** A refused character somewhere in a record: which field, and the character. */
export interface RecordTextProblem {
  field: string;
  found: UnsafeChar;
}

/** The first refused character in a node's texts (key, name, aliases, description, props, sources). */
export function nodeTextProblem(node: GraphNode): RecordTextProblem | undefined {
  return firstProblem([
    ['key', node.key, 'line'],
    ['name', node.name, 'line'],
    ...node.aliases.map((alias, i): Field => [`aliases[${i}]`, alias, 'line']),
    ...(node.description === undefined
      ? []
      : [['description', node.description, 'multiline'] as Field]),
    ...propFields(node.props),
    ...sourceFields(node.sources),
  ]);
}

/** The first refused character in a relationship's texts (key, ends, props, sources). */
export function edgeTextProblem(edge: GraphEdge): RecordTextProblem | undefined {
  return firstProblem([
    ['key', edge.key, 'line'],
    ['from', edge.from, 'line'],
    ['to', edge.to, 'line'],
    ...propFields(edge.props),
    ...sourceFields(edge.sources),
  ]);
}

type Field = [field: string, value: string, kind: TextKind];

function firstProblem(fields: Field[]): RecordTextProblem | undefined {
  for (const [field, value, kind] of fields) {
    const found = findUnsafeChar(value, kind);
    if (found) return { field, found };
  }
  return undefined;
}

/** Property texts may be multi-line (a venue's address); names of properties are single-line. */
function propFields(props: Properties): Field[] {
  const fields: Field[] = [];
  for (const [name, value] of Object.entries(props)) {
    fields.push([`props key "${safeLabel(name)}"`, name, 'line']);
    if (typeof value === 'string') fields.push([`props.${safeLabel(name)}`, value, 'multiline']);
    else if (Array.isArray(value))
      value.forEach((item, i) =>
        fields.push([`props.${safeLabel(name)}[${i}]`, item, 'multiline']),
      );
  }
  return fields;
}

function sourceFields(sources: Provenance[]): Field[] {
  return sources.flatMap((p, i): Field[] => [
    [`sources[${i}].source`, p.source, 'line'],
    ...(p.quote === undefined ? [] : [[`sources[${i}].quote`, p.quote, 'multiline'] as Field]),
    ...(p.note === undefined ? [] : [[`sources[${i}].note`, p.note, 'multiline'] as Field]),
    ...(p.readWith ?? []).map((passage, j): Field => [
      `sources[${i}].readWith[${j}]`,
      passage,
      'multiline',
    ]),
  ]);
}

/** A key or name to show in a message: its safe prefix only. */
function safeLabel(text: string): string {
  const found = findUnsafeChar(text, 'line');
  const clean = found ? found.prefix : text;
  return [...clean].length > 60 ? `${[...clean].slice(0, 60).join('')}…` : clean;
}
