import type { Transform } from "node:stream";
import { isManagedSchema, isReservedRole } from "./managed.ts";
import { lineFilter, schemaLine } from "./payload.ts";

/** Publications every Supabase project has (Realtime's): the target brings them, the backup brings their tables. */
const PLATFORM_PUBLICATION = /^"supabase_realtime(?:_[a-z_]+)?"$/;

/**
 * The schema dump's rewrite (pg_dump's "everything" mode, managed schemas left out), as the
 * Supabase CLI's `db dump` does it, so a non-superuser can apply it to another project:
 * - Realtime's publications exist on every project: created only when missing, never re-owned,
 *   while their `ADD TABLE` lines (which tables Realtime streams) are kept;
 * - event triggers that call managed functions (the platform's own) are left out;
 * - default privileges of platform roles and foreign-data-wrapper owners (superuser-only) too;
 * - foreign servers and user mappings (Supabase Wrappers) are kept as they are.
 */
export function schemaFilter(): Transform {
  let statement: string[] | undefined;
  const droppedEventTriggers = new Set<string>();
  const eventTrigger = (lines: string[]): string | null => {
    const text = lines.join("\n");
    const name = /^CREATE EVENT TRIGGER ("(?:[^"]|"")+")/.exec(text)?.[1] ?? "";
    const fn = /EXECUTE (?:FUNCTION|PROCEDURE) "((?:[^"]|"")+)"\./.exec(text)?.[1];
    if (fn !== undefined && isManagedSchema(fn.replaceAll('""', '"'))) {
      droppedEventTriggers.add(name);
      return `-- strongroom: platform event trigger ${name} left out`;
    }
    return text;
  };
  return lineFilter((line) => {
    if (statement) {
      statement.push(line);
      if (!line.endsWith(";")) return null;
      const lines = statement;
      statement = undefined;
      return eventTrigger(lines);
    }
    if (line.startsWith("CREATE EVENT TRIGGER ")) {
      if (line.endsWith(";")) return eventTrigger([line]);
      statement = [line];
      return null;
    }
    const onEventTrigger = /^(?:ALTER|COMMENT ON) EVENT TRIGGER ("(?:[^"]|"")+")/.exec(line);
    if (onEventTrigger && droppedEventTriggers.has(onEventTrigger[1]!)) return null;
    const publication = /^CREATE PUBLICATION ("(?:[^"]|"")+")(.*);$/.exec(line);
    if (publication && PLATFORM_PUBLICATION.test(publication[1]!)) {
      return `DO $sr$ BEGIN CREATE PUBLICATION ${publication[1]}${publication[2]}; EXCEPTION WHEN duplicate_object THEN NULL; END $sr$;`;
    }
    const publicationOwner = /^ALTER PUBLICATION ("(?:[^"]|"")+") OWNER TO /.exec(line);
    if (publicationOwner && PLATFORM_PUBLICATION.test(publicationOwner[1]!)) return null;
    const defaults = /^ALTER DEFAULT PRIVILEGES FOR ROLE "((?:[^"]|"")+)"/.exec(line);
    if (defaults && defaults[1] !== "postgres" && isReservedRole(defaults[1]!.replaceAll('""', '"'))) return null;
    if (/^ALTER FOREIGN DATA WRAPPER .* OWNER TO /.test(line)) return null;
    return schemaLine(line);
  });
}
