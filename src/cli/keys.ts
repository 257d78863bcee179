/**
 * `diplomap keys create|list`: makes API keys and keeps their hashes in a keys file (the one
 * API_KEYS_FILE points the server to). The key itself is printed once and stored nowhere.
 */
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { ROLES, type Role } from '../edit/principal.js';
import { generateApiKey, readKeysFile } from '../config/api-keys.js';
import { PRIVATE_MODE } from '../store/private-files.js';

export function createKey(
  id: string,
  options: { role: string; name?: string; file: string },
): void {
  if (!(ROLES as readonly string[]).includes(options.role))
    throw new Error(`--role must be one of ${ROLES.join(', ')}; got "${options.role}".`);
  const warn = (message: string) => process.stderr.write(`Warning: ${message}\n`);
  const records = existsSync(options.file) ? readKeysFile(options.file, warn) : [];
  if (records.some((r) => r.id === id))
    throw new Error(
      `${options.file} already has a key with the id "${id}"; revoke it first (delete its entry) or pick another id.`,
    );
  const { key, record } = generateApiKey(id, options.role as Role, options.name);
  writeFileSync(
    options.file,
    `# Diplomap API keys: hashes only (diplomap keys create). Point API_KEYS_FILE here.\n${stringify({ keys: [...records, record] })}`,
    { mode: PRIVATE_MODE },
  );
  // The mode above applies only to a new file.
  chmodSync(options.file, PRIVATE_MODE);
  process.stdout.write(
    `Created the ${record.role} key "${id}" in ${options.file}. The key (shown once, keep it secret):\n\n  ${key}\n\n` +
      `Use it as: Authorization: Bearer ${key.slice(0, 12)}…  (start the server with API_KEYS_FILE=${options.file})\n`,
  );
}

export function listKeys(options: { file: string }): void {
  if (!existsSync(options.file)) throw new Error(`No keys file at ${options.file}.`);
  const warn = (message: string) => process.stderr.write(`Warning: ${message}\n`);
  for (const record of readKeysFile(options.file, warn))
    process.stdout.write(`${record.id}\t${record.role}\t${record.name ?? ''}\n`);
}
