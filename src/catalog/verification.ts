import { manifestName } from "./manifest.ts";

/** One verification's result, stored beside the backup as `<id>.verify-<time>.json`. */
export interface VerificationRecord {
  readonly strongroomVerification: 1;
  readonly id: string;
  readonly level: string;
  readonly verifiedAt: string;
  readonly ok: boolean;
  readonly checks: readonly string[];
  readonly error?: string;
  /** Tables whose restored row counts differed from the dump's (restore level). */
  readonly differences?: readonly string[];
}

const RECORD = /^(.+)\.verify-(\d{8}T\d{9}Z)\.json$/;

export function verificationName(id: string, at: Date): string {
  return `${id}.verify-${at.toISOString().replace(/[-:]/g, "").replace(".", "")}.json`;
}

export function parseVerificationName(name: string): { id: string; stamp: string } | undefined {
  const match = RECORD.exec(name);
  return match ? { id: match[1]!, stamp: match[2]! } : undefined;
}

/** Every object name that belongs to a backup besides its data object: manifest first. */
export function companionNames(id: string, names: Iterable<string>): string[] {
  const out = [manifestName(id)];
  for (const name of names) if (parseVerificationName(name)?.id === id) out.push(name);
  return out;
}
