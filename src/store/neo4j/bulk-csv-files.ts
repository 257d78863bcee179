/** The bulk import's CSV files as they are written: one per kind and column set, buffered. */
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { invariant } from '../../domain/errors.js';
import type { Column } from './bulk-columns.js';

/** The files written, by kind, and their size. */
export interface WrittenFiles {
  nodes: string[];
  relationships: string[];
  multiline: string[];
  bytes: number;
}

/**
 * The CSV files, one per kind × column set × multi-line-or-not: each file's first line is its
 * header. Names are `nodes-<n>.csv` / `relationships-<n>.csv` in the (absolute, plain) folder.
 */
export class CsvFiles {
  private readonly open = new Map<string, OpenFile>();
  private count = 0;

  constructor(private readonly dir: string) {
    invariant(
      !/[\s,'"]/.test(dir),
      `the import folder ${dir} must have no spaces, commas or quotes`,
    );
  }

  /** Characters added and not yet written. */
  pending = 0;

  write(kind: 'nodes' | 'relationships', columns: Column[], fixed: string[]): void {
    columns.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const multiline = columns.some((c) => c.type !== 'long' && /[\n\r]/.test(c.text));
    const signature = `${kind}|${multiline ? 'm' : ''}|${columns.map((c) => `${c.name}:${c.type}`).join(',')}`;
    let file = this.open.get(signature);
    if (!file) {
      const path = join(this.dir, `${kind}-${++this.count}.csv`);
      const head = kind === 'nodes' ? ['key:ID', ':LABEL'] : [':START_ID', ':END_ID', ':TYPE'];
      file = new OpenFile(path, kind, multiline);
      this.open.set(signature, file);
      this.pending += file.add(
        `${[...head, ...columns.map((c) => `${c.name}:${c.type}`)].join(',')}\n`,
      );
    }
    this.pending += file.add(`${[...fixed, ...columns.map((c) => c.text)].join(',')}\n`);
  }

  async flush(): Promise<void> {
    for (const file of this.open.values()) await file.flush();
    this.pending = 0;
  }

  async close(): Promise<WrittenFiles> {
    const result: WrittenFiles = { nodes: [], relationships: [], multiline: [], bytes: 0 };
    for (const file of this.open.values()) {
      await file.close();
      result[file.kind].push(file.path);
      if (file.multiline) result.multiline.push(file.path);
      result.bytes += file.bytes;
    }
    return result;
  }
}

class OpenFile {
  private readonly stream: WriteStream;
  private chunks: string[] = [];
  bytes = 0;

  constructor(
    readonly path: string,
    readonly kind: 'nodes' | 'relationships',
    readonly multiline: boolean,
  ) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
  }

  add(text: string): number {
    this.chunks.push(text);
    return text.length;
  }

  async flush(): Promise<void> {
    if (this.chunks.length === 0) return;
    const text = this.chunks.join('');
    this.chunks = [];
    this.bytes += Buffer.byteLength(text);
    if (!this.stream.write(text))
      await new Promise<void>((resolveDrain) => this.stream.once('drain', resolveDrain));
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((done, fail) => {
      this.stream.once('error', fail);
      this.stream.end(done);
    });
  }
}
