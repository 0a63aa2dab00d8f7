import { homedir } from "node:os";
import { isAbsolute, resolve } from "node:path";
import { UsageError } from "../../errors.ts";

const PREFIX = /^sqlite:/i;
const EXTENSION = /\.(db|sqlite|sqlite3)$/i;
/** Any other scheme (postgres://…, s3://…) is not a file path, whatever its name ends with. */
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** `sqlite:<path>`, `sqlite:///abs/path`, or a bare path ending in .db, .sqlite or .sqlite3. */
export function isSqliteSpec(spec: string): boolean {
  const text = spec.trim();
  if (PREFIX.test(text)) return true;
  return !URL_SCHEME.test(text) && EXTENSION.test(text);
}

/** The absolute path a SQLite source spec names (relative paths resolve from the working folder). */
export function sqlitePathOf(spec: string): string {
  const text = spec.trim();
  let path = text.replace(PREFIX, "");
  if (path !== text && path.startsWith("//")) {
    // URL form: sqlite:///abs/path or sqlite://localhost/abs/path, percent-encoded like any URL.
    const rest = path.slice(2);
    const slash = rest.indexOf("/");
    const host = slash === -1 ? rest : rest.slice(0, slash);
    if (host !== "" && host.toLowerCase() !== "localhost") {
      throw new UsageError(`SQLite source '${spec}' names a host ('${host}'); a SQLite database is a local file`, {
        hint: "use sqlite:///absolute/path/app.db or sqlite:relative/path/app.db",
      });
    }
    path = slash === -1 ? "" : decodeURIComponent(rest.slice(slash));
  }
  if (path === "") {
    throw new UsageError(`SQLite source '${spec}' has no file path`, { hint: "use sqlite:path/to/app.db" });
  }
  if (path === "~" || path.startsWith("~/")) path = homedir() + path.slice(1);
  return isAbsolute(path) ? resolve(path) : resolve(process.cwd(), path);
}
