import { UsageError } from "../errors.ts";

/** Object names are flat file names: providers map them under their root, never across it. */
export function assertObjectName(name: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || name.includes("..")) {
    throw new UsageError(`invalid object name '${name}': only letters, digits, '.', '_' and '-' are allowed`);
  }
}

export function isObjectName(name: string): boolean {
  try {
    assertObjectName(name);
    return true;
  } catch {
    return false;
  }
}
