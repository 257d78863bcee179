/**
 * Does a passage say a relationship? It must name both ends — by name, an alias, a country's
 * name or adjective, an SDG's number as the documents write it ("Goal 11"), or, for what the documents
 * describe rather than name (an agreement, an event), the passage that describes it — and use a
 * word of the relationship type's vocabulary (checklist.yaml). A STATED fact's quote must pass;
 * a READING's passages must pass together (and need not alone).
 */
import type { GraphEdge, GraphNode } from '../../src/domain/graph-records.js';
import { normalizeText } from '../../src/domain/text.js';

export interface Vocabulary {
  /** Per relationship type: words (`found*` is a prefix) and phrases that express it. */
  relations: Record<string, string[]>;
  /** Country key → the names and adjectives the documents use for it (`Ivory Coast`, `Italian`). */
  countryNames: Record<string, string[]>;
}

const STOPWORDS = new Set(['the', 'of', 'and', 'for', 'in', 'a', 'an', 'to', 'on', 'de', 'dos']);
const DESCRIBED: ReadonlySet<string> = new Set(['Agreement', 'Event']);

/** Crude English stemming, enough to match "municipalities" with "Municipality". */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function tokens(text: string): string[] {
  return normalizeText(text)
    .replace(/[’']/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '')
    .map(stem);
}

/** Every significant word of the name is in the passage. */
function namesIn(name: string, words: ReadonlySet<string>): boolean {
  const wanted = tokens(name).filter((t) => !STOPWORDS.has(t));
  return wanted.length > 0 && wanted.every((t) => words.has(t));
}

/** A phrase of the vocabulary appears: consecutive words, `*` ending a prefix. */
function phraseIn(phrase: string, passage: string[]): boolean {
  const parts = phrase.split(/\s+/).map((p) => (p.endsWith('*') ? p : stem(normalizeText(p))));
  const fits = (word: string, part: string) =>
    part.endsWith('*') ? word.startsWith(normalizeText(part.slice(0, -1))) : word === part;
  // i + j < i + parts.length <= passage.length: within the passage.
  for (let i = 0; i + parts.length <= passage.length; i++)
    if (parts.every((part, j) => fits(passage[i + j]!, part))) return true;
  return false;
}

/** One passage contains the other (case, accents and spacing ignored). */
export function overlaps(a: string, b: string): boolean {
  const [x, y] = [normalizeText(a), normalizeText(b)];
  return x.includes(y) || y.includes(x);
}

export function namedIn(node: GraphNode, passages: string[], vocabulary: Vocabulary): boolean {
  const words = new Set(passages.flatMap(tokens));
  const names = [node.name, ...node.aliases, ...(vocabulary.countryNames[node.key] ?? [])];
  if (node.type === 'Sdg' && typeof node.props.code === 'string') {
    const code = node.props.code;
    names.push(...(code.includes('.') ? [`target ${code}`] : [`goal ${code}`, `SDG ${code}`]));
  }
  if (names.some((name) => namesIn(name, words))) return true;
  // An agreement or event is named by the passage that describes it (its own quote).
  return (
    DESCRIBED.has(node.type) &&
    node.sources.some(
      (s) => s.quote !== undefined && passages.some((p) => overlaps(p, s.quote as string)),
    )
  );
}

/** Why the passages do not say the relationship; empty when they do. */
export function whyNotSaid(
  edge: GraphEdge,
  from: GraphNode,
  to: GraphNode,
  passages: string[],
  vocabulary: Vocabulary,
): string[] {
  const problems: string[] = [];
  if (!namedIn(from, passages, vocabulary))
    problems.push(`does not name ${from.key} (${from.name})`);
  if (!namedIn(to, passages, vocabulary)) problems.push(`does not name ${to.key} (${to.name})`);
  const words = passages.map(tokens);
  const relation = vocabulary.relations[edge.type] ?? [];
  if (!relation.some((phrase) => words.some((passage) => phraseIn(phrase, passage))))
    problems.push(`has no word for ${edge.type} (${relation.join(', ')})`);
  return problems;
}
