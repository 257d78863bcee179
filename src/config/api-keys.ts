/**
 * API keys. A key is a random secret shown once (`dpk_<id>_<secret>`); configuration holds only its
 * SHA-256 hash, with the id and role, in a file (API_KEYS_FILE, YAML or JSON) or in API_KEYS
 * (`id:role:sha256hex`, comma-separated). A hash is enough because keys are long random strings,
 * not passwords: there is nothing to guess from, so no slow hash is needed.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ROLES, type Role } from '../edit/principal.js';
import { keepPrivate } from '../store/private-files.js';

export interface ApiKeyRecord {
  id: string;
  role: Role;
  /** `sha256:<64 hex digits>` of the whole key. */
  hash: string;
  /** Who holds it, for people reading the file. */
  name?: string;
}

const keyId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'ids are lowercase letters, digits and -');
const keyRecord = z
  .object({
    id: keyId,
    role: z.enum(ROLES),
    hash: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'must be sha256:<64 hex digits>'),
    name: z.string().optional(),
  })
  .strict();
const keysFile = z.object({ keys: z.array(keyRecord) }).strict();

export function hashApiKey(key: string): string {
  return `sha256:${createHash('sha256').update(key, 'utf8').digest('hex')}`;
}

/** A new key for `id`, and the record to keep in configuration. */
export function generateApiKey(
  id: string,
  role: Role,
  name?: string,
): { key: string; record: ApiKeyRecord } {
  keyId.parse(id);
  const key = `dpk_${id}_${randomBytes(24).toString('base64url')}`;
  return { key, record: { id, role, hash: hashApiKey(key), ...(name ? { name } : {}) } };
}

/**
 * Reads a keys file: `keys: [{ id, role, hash, name? }]`. A file others may read is made 0600
 * first, and `warn` is told.
 */
export function readKeysFile(
  path: string,
  warn: (message: string) => void = () => undefined,
): ApiKeyRecord[] {
  const loose = keepPrivate(path);
  if (loose) warn(`API_KEYS_FILE ${loose}`);
  let parsed: unknown;
  try {
    parsed = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`API_KEYS_FILE ${path} cannot be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const result = keysFile.safeParse(parsed ?? { keys: [] });
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`API_KEYS_FILE ${path} is invalid: ${problems}`);
  }
  return result.data.keys;
}

/** Parses API_KEYS: `id:role:sha256hex[,…]`. */
export function parseKeysVariable(text: string): ApiKeyRecord[] {
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const [id, role, hex, ...rest] = entry.split(':');
      const result = keyRecord.safeParse({ id, role, hash: `sha256:${hex}` });
      if (!result.success || rest.length > 0) {
        throw new Error(
          `API_KEYS entry "${entry.slice(0, 40)}" must be id:role:sha256hex (role: ${ROLES.join(', ')}).`,
        );
      }
      return result.data;
    });
}

/** Finds the record a presented key belongs to; compares every hash in constant time. */
export function findApiKey(
  records: readonly ApiKeyRecord[],
  presented: string,
): ApiKeyRecord | undefined {
  const hash = Buffer.from(hashApiKey(presented));
  let found: ApiKeyRecord | undefined;
  for (const record of records) {
    const candidate = Buffer.from(record.hash);
    if (candidate.length === hash.length && timingSafeEqual(candidate, hash)) found = record;
  }
  return found;
}
