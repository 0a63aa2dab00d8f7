import type { BackupSelector } from "../catalog/select.ts";
import { parsePointInTime } from "./point-in-time.ts";
import type { OptionReader } from "./raw.ts";

/** `--backup <id>|latest`, `--at <time>` and `--source <key>`: which backup a command acts on. */
export function readSelector(reader: OptionReader): BackupSelector {
  const backup = reader.string("backup") ?? "latest";
  const at = reader.parsed("at", parsePointInTime);
  const source = reader.string("source");
  if (at && backup !== "latest") reader.problems.push("give --backup <id> or --at <time>, not both");
  return Object.freeze({ backup, at, source });
}
