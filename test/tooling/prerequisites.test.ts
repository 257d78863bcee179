/**
 * scripts/prerequisites.sh, which `npm test` (pretest) and .ci/run run first: on a machine
 * without Java, Maven or Chromium it installs them with apt-get as root, and without root it stops
 * at once with the command that installs them. Simulated: a PATH without `mvn` whose `apt-get`
 * only records its arguments, an empty jar folder, paths with no Java or Chromium, and
 * PREREQUISITES_UID for the user id. No real apt-get runs.
 */
import { execFile } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoPath } from '../../src/runtime/repo-root.js';

const script = repoPath('scripts/prerequisites.sh');
// The acceptance bound for stopping without root; a run that takes longer is killed and fails.
const STOP_WITHIN_MS = 30_000;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

function run(env: NodeJS.ProcessEnv, args: string[] = []): Promise<Outcome> {
  return new Promise((done) => {
    execFile('bash', [script, ...args], { env, timeout: STOP_WITHIN_MS }, (error, stdout, stderr) =>
      done({
        code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
        stdout,
        stderr,
      }),
    );
  });
}

/** A bin folder with every command of the real PATH except `hidden`, plus `extra` scripts. */
function fakeBin(dir: string, hidden: string[], extra: Record<string, string>): string {
  mkdirSync(dir);
  const seen = new Set([...hidden, ...Object.keys(extra)]);
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    if (!folder || !existsSync(folder)) continue;
    for (const name of readdirSync(folder)) {
      if (seen.has(name)) continue;
      seen.add(name);
      symlinkSync(join(folder, name), join(dir, name));
    }
  }
  for (const [name, body] of Object.entries(extra)) {
    writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(dir, name), 0o755);
  }
  return dir;
}

describe('scripts/prerequisites.sh', () => {
  let tmp: string;
  let aptLog: string;
  let noTools: NodeJS.ProcessEnv;

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'diplomap-prereq-'));
    aptLog = join(tmp, 'apt.log');
    mkdirSync(join(tmp, 'empty-lib'));
    noTools = {
      ...process.env,
      PATH: fakeBin(join(tmp, 'bin'), ['mvn', 'apt-get', 'apt-cache'], {
        'apt-get': `echo "$*" >> "${aptLog}"`,
      }),
      NEO4J_LIB_DIR: join(tmp, 'empty-lib'),
      NEO4J_JAVA: join(tmp, 'no-java'),
      CHROMIUM_PATH: join(tmp, 'no-chromium'),
    };
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('without root, stops at once with the command that installs what is missing', async () => {
    rmSync(aptLog, { force: true });
    const outcome = await run({ ...noTools, PREREQUISITES_UID: '1000' });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain(
      'missing: Java 17 or 21 (the test Neo4j 5.26), Maven (fetches Neo4j',
    );
    expect(outcome.stderr).toContain(`Chromium at ${join(tmp, 'no-chromium')}`);
    expect(outcome.stderr).toMatch(
      /\n {2}sudo apt-get update && sudo apt-get install -y openjdk-17-jdk-headless maven chromium\n/,
    );
    expect(existsSync(aptLog)).toBe(false);
  });

  it('as root, installs what is missing with apt-get and checks again', async () => {
    rmSync(aptLog, { force: true });
    const outcome = await run({ ...noTools, PREREQUISITES_UID: '0' });
    expect(outcome.stdout).toContain('installing openjdk-17-jdk-headless maven chromium (apt-get)');
    expect(readFileSync(aptLog, 'utf8')).toBe(
      'update -qq\ninstall -y -qq openjdk-17-jdk-headless maven chromium\n',
    );
    // This apt-get installs nothing, so the check after it fails and says so.
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('still missing after apt-get install: Java 17 or 21');
  });

  it('as root, goes on once apt-get has installed it', async () => {
    const chromium = join(tmp, 'chromium-after-install');
    const installs = fakeBin(join(tmp, 'bin-installs'), ['apt-get'], {
      'apt-get': `[ "$1" = install ] && printf '#!/bin/sh\\n' > "${chromium}" && chmod +x "${chromium}"; exit 0`,
    });
    const outcome = await run({
      ...process.env,
      PATH: installs,
      CHROMIUM_PATH: chromium,
      PREREQUISITES_UID: '0',
    });
    expect(outcome.stdout).toContain('installing chromium (apt-get)');
    expect(outcome.stdout).toContain('Chromium, Python 3: present');
    expect(outcome.code).toBe(0);
  });

  it('stops on a Node older than package.json engines asks, naming both versions', async () => {
    const oldNode = fakeBin(join(tmp, 'bin-old-node'), [], { node: 'echo v20.18.1' });
    const { engines } = JSON.parse(readFileSync(resolve(script, '../../package.json'), 'utf8')) as {
      engines: { node: string };
    };
    const wanted = engines.node;
    for (const mode of [[], ['node']]) {
      const outcome = await run({ ...process.env, PATH: oldNode }, mode);
      expect(outcome.code).toBe(1);
      expect(outcome.stderr).toContain(
        `Node 20.18.1 is too old: Diplomap needs Node ${wanted.replace('>=', '')} or later`,
      );
    }
  });
});
