// One racer for test/abuse/file-safety.test.ts: waits at the barrier once it has judged the data
// directory's lock stale, then tries to take it over; prints "locked" or "refused", holds the lock
// until told to stop (stdin closes), then releases it.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';

const [dataDirModule, dir, barrier, racers] = process.argv.slice(2);
const { dataDirPaths, lockDataDir } = await import(dataDirModule);
const wait = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

let release;
try {
  release = lockDataDir(dataDirPaths(dir), {
    onStale() {
      writeFileSync(join(barrier, String(process.pid)), '');
      // Everyone has judged the lock stale before anyone acts on it.
      for (let i = 0; i < 500 && readdirSync(barrier).length < Number(racers); i++) wait(10);
    },
  });
  process.stdout.write('locked\n');
} catch (error) {
  process.stdout.write(`refused: ${error.message}\n`);
}
process.stdin.resume();
process.stdin.on('end', () => {
  release?.();
  process.exit(0);
});
