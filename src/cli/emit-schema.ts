/** `diplomap schema`: write schema/schema.graphql from the resolver classes. */
import { resolve } from 'node:path';
import { buildDiplomapSchema } from '../graphql/build-schema.js';
import { repoRoot } from '../server/create-server.js';

export async function emitSchema(
  path = resolve(repoRoot(), 'schema/schema.graphql'),
): Promise<void> {
  await buildDiplomapSchema(path);
  process.stderr.write(`Schema written to ${path}\n`);
}
