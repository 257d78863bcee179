/** Runs the built `diplomap serve` as a child process, as `npm start` does, and finds its URL. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { repoPath } from '../../src/runtime/repo-root.js';

const main = repoPath('dist/src/cli/main.js');

export interface ServeProcess {
  url: string;
  child: ChildProcessWithoutNullStreams;
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  exited: Promise<number | string | null>;
  /** Everything it printed so far (stdout and stderr), from its first line. */
  output(): string;
}

export async function startServe(env: Record<string, string>): Promise<ServeProcess> {
  const child = spawn(process.execPath, [main, 'serve'], {
    env: { ...process.env, PORT: '0', NEO4J_URI: '', LOG_LEVEL: 'info', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | string | null>((r) =>
    child.once('exit', (code, signal) => r(code ?? signal)),
  );
  // Kept for the whole life of the process: a line printed in the same chunk as the serving
  // line must not be lost to a listener attached after this resolves.
  let out = '';
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`no serving line in time:\n${out}`)), 60_000);
    child.stdout.on('data', () => {
      const line = out.split('\n').find((l) => l.includes('"Diplomap is serving"'));
      if (line) {
        clearTimeout(timer);
        resolveUrl((JSON.parse(line) as { url: string }).url);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${out}`));
    });
  });
  return { url, child, exited, output: () => out };
}

/** POSTs a GraphQL request; resolves with the parsed body. */
export async function graphql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  body: {
    data?: Record<string, unknown>;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as never };
}
