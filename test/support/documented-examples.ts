/**
 * The example queries the README and docs/ show, with the answers they show: each fenced
 * ```graphql block and the fenced ```json block after it (the API's whole answer, as a client
 * gets it). A graphql block without a json block after it comes back with `answer: undefined`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface DocumentedExample {
  /** `docs/api.md:42`: the file and the line of the query's fence. */
  where: string;
  query: string;
  /** The answer block's text, or undefined when the query has none. */
  answer?: string;
  /** Where the answer block starts, for messages. */
  answerLine?: number;
  /**
   * Files imported into the seeded graph before the query runs, from a comment on the line before
   * the query's fence: `<!-- example after: diplomap import seeds/examples/import/a.xml -->`.
   */
  imports?: string[];
}

const IMPORTS_COMMENT = /^\s*<!--\s*example after: diplomap import\s+(.+?)\s*-->\s*$/;

interface Fence {
  lang: string;
  body: string;
  line: number;
}

/** Fenced blocks (``` or ~~~, indented or not), with their info string's first word. */
export function fences(markdown: string): Fence[] {
  const lines = markdown.split('\n');
  const blocks: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i]!);
    if (!open) continue;
    const [, indent = '', marker = '```', lang = ''] = open;
    // A closing fence: the opening's character only, at least as many.
    const closes = (line: string) => {
      const text = line.trim();
      return text.length >= marker.length && text === marker[0]!.repeat(text.length);
    };
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !closes(lines[j]!); j++)
      body.push(lines[j]!.startsWith(indent) ? lines[j]!.slice(indent.length) : lines[j]!);
    blocks.push({ lang: lang.toLowerCase(), body: body.join('\n'), line: i + 1 });
    i = j;
  }
  return blocks;
}

export function examplesIn(markdown: string, file: string): DocumentedExample[] {
  const blocks = fences(markdown);
  const lines = markdown.split('\n');
  const examples: DocumentedExample[] = [];
  blocks.forEach((block, i) => {
    if (block.lang !== 'graphql') return;
    const next = blocks[i + 1];
    const answered = next?.lang === 'json';
    const imports = IMPORTS_COMMENT.exec(lines[block.line - 2] ?? '')?.[1]?.split(/\s+/);
    examples.push({
      where: `${file}:${block.line}`,
      query: block.body,
      ...(answered ? { answer: next.body, answerLine: next.line } : {}),
      ...(imports ? { imports } : {}),
    });
  });
  return examples;
}

/** README.md and every page of docs/. */
export function documentedExamples(repo: string): DocumentedExample[] {
  const files = [
    join(repo, 'README.md'),
    ...readdirSync(join(repo, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => join(repo, 'docs', f)),
  ];
  return files.flatMap((file) => examplesIn(readFileSync(file, 'utf8'), relative(repo, file)));
}
