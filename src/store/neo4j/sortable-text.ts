/**
 * Text that Neo4j orders the way JavaScript does.
 *
 * The contract orders strings by UTF-16 code unit (`a < b` in JavaScript). Neo4j 5 agrees while
 * a string has only characters of the Basic Multilingual Plane, but not beyond it: a stored
 * string compares by code point (U+1F600 after U+FB01) and a parameter by code unit (U+1F600
 * before U+FB01), so even `n.name > $after` depends on which side is stored. This encoding keeps
 * every code unit below U+D800 as it is and writes each code unit from U+D800 up as two
 * characters from U+E000 up: the result has no surrogates, so both Neo4j orders agree with each
 * other and with the code-unit order of the original.
 */

/** Whether `text` has a code unit that Neo4j may order differently (a surrogate, U+D800–U+DFFF, or above). */
export function needsSortableText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0xd800) return true;
  return false;
}

/** An order-preserving, one-to-one encoding of `text` without surrogates (itself when it has none). */
export function sortableText(text: string): string {
  if (!needsSortableText(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800) out += text[i];
    else {
      const high = unit - 0xd800; // 0 … 0x27FF
      out += String.fromCharCode(0xe000 + (high >> 6), 0xe000 + (high & 0x3f));
    }
  }
  return out;
}
