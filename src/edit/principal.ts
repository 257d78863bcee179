/** Who is asking, as authentication established it, and what each role may do. */

export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  /** API key id (`key:<id>`), JWT subject (`jwt:<sub>`) or a local CLI user (`cli:<user>`). */
  id: string;
  role: Role;
}

/** Whether `role` includes everything `needed` may do (admin ⊃ editor ⊃ reader). */
export function roleAllows(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
