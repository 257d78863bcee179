/**
 * scripts/neo4j/neo4j.sh as the bulk import runs it: found from src/ and dist/ alike, its output
 * read line by line, and what `neo4j.sh import` says turned into progress and timings.
 */
import { spawn } from 'node:child_process';
import { repoPath } from '../../runtime/repo-root.js';
import { badInput } from '../../domain/errors.js';
import type { BulkProgress } from './bulk-import.js';

/** The repository's scripts/neo4j/neo4j.sh. */
export function defaultScript(): string {
  return repoPath('scripts', 'neo4j', 'neo4j.sh');
}

/** The port of a local Neo4j URI; refuses any other host (the script runs the local server). */
export function portOf(uri: string): string {
  const match = /^(?:bolt|neo4j):\/\/(?:127\.0\.0\.1|localhost)(?::(\d+))?\/?$/.exec(uri);
  if (!match) {
    throw badInput(
      `The bulk import runs the local Neo4j of scripts/neo4j/neo4j.sh; NEO4J_URI must be bolt://127.0.0.1:<port>, not ${uri}.`,
      {},
    );
  }
  return match[1] ?? '7687';
}

/** What `neo4j.sh import` reported: its exit code, output, and its own timings. */
export interface ImportRun {
  code: number;
  output: string;
  /** neo4j-admin database import full alone (NEO4J_IMPORT_MS). */
  importMs?: number;
  /** The start after the import, until Neo4j answered (whole seconds). */
  startSeconds?: number;
}

const STEP = /^\((\d+)\/(\d+)\) (.+?) \d{4}-\d\d-\d\d/;
const PERCENT = /\s(\d+)% ∆/;

/**
 * Runs `neo4j.sh import` (stop, import, start): the importer's steps and percentages become
 * `onProgress` calls, the script's other meaningful lines go to `log`.
 */
export async function runImport(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onProgress: (progress: BulkProgress) => void,
  log: (line: string) => void,
): Promise<ImportRun> {
  let importMs: number | undefined;
  let startSeconds: number | undefined;
  let stage = { name: 'import', step: 1, steps: 1 };
  const result = await runScript(script, ['import', ...args], env, (line) => {
    const step = STEP.exec(line);
    if (step?.[3] !== undefined)
      stage = { name: step[3], step: Number(step[1]), steps: Number(step[2]) };
    const done = PERCENT.exec(line);
    if (done) {
      onProgress({
        phase: 'import',
        stage: stage.name,
        step: stage.step,
        steps: stage.steps,
        percent: Number(done[1]),
      });
      return;
    }
    const ms = /^NEO4J_IMPORT_MS=(\d+)$/.exec(line);
    if (ms) importMs = Number(ms[1]);
    const ready = /ready after (\d+) s/.exec(line);
    if (ready) startSeconds = Number(ready[1]);
    else if (/^neo4j\.sh: (stopping|stopped)/.test(line)) onProgress({ phase: 'stop' });
    else if (/^neo4j\.sh: (imported|starting|running)/.test(line)) onProgress({ phase: 'start' });
    if (line.trim() !== '' && !/^[.-]?[. ]*$/.test(line.trim())) log(line);
  });
  return { ...result, importMs, startSeconds };
}

/** Runs the script, handing each line of its output (stdout and stderr) to `onLine`. */
export function runScript(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onLine: (line: string) => void,
): Promise<{ code: number; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn('bash', [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let partial = '';
    const take = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      if (output.length > 1_000_000) output = output.slice(-500_000);
      const lines = (partial + text).split(/\r?\n/);
      partial = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', fail);
    child.on('close', (code) => {
      if (partial !== '') onLine(partial);
      done({ code: code ?? 1, output });
    });
  });
}
