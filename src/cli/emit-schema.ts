/** `diplomap schema`: write schema/schema.graphql from the resolver classes. */
import { buildDiplomapSchema } from '../graphql/build-schema.js';
import { repoPath } from '../runtime/repo-root.js';

export async function emitSchema(path = repoPath('schema/schema.graphql')): Promise<void> {
  await buildDiplomapSchema(path);
  process.stderr.write(`Schema written to ${path}\n`);
}
