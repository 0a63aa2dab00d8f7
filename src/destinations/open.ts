import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "../errors.ts";
import type { Destination } from "./destination.ts";
import { LocalFolder } from "./local-folder.ts";

export interface OpenContext {
  readonly env: NodeJS.ProcessEnv;
  /** Receives every credential a provider reads, so logs can mask it. */
  readonly addSecret: (secret: string | undefined) => void;
}

type Opener = (spec: string, context: OpenContext) => Destination | Promise<Destination>;

/** Providers by URL scheme. A spec without a scheme is a local folder path. */
const OPENERS: Record<string, Opener> = {
  "file:": (spec) => new LocalFolder(spec.startsWith("file://") ? fileURLToPath(spec) : resolve(spec.slice("file:".length))),
};

export function registerDestination(scheme: string, opener: Opener): void {
  OPENERS[scheme] = opener;
}

export const KNOWN_SCHEMES = () => Object.keys(OPENERS);

export async function openDestination(spec: string, context: OpenContext): Promise<Destination> {
  const trimmed = spec.trim();
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(trimmed)?.[1]?.toLowerCase();
  if (!scheme || (scheme.length === 2 && /^[a-z]:$/i.test(scheme))) {
    return new LocalFolder(isAbsolute(trimmed) ? trimmed : resolve(trimmed));
  }
  const opener = OPENERS[scheme];
  if (!opener) {
    throw new UsageError(`unknown destination '${scheme}…' in '${trimmed.replace(/\/\/[^@/]*@/, "//")}'`, {
      hint: `use a folder path or one of: ${Object.keys(OPENERS).join(", ")}`,
    });
  }
  return opener(trimmed, context);
}
