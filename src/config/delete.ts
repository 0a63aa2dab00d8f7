import { isIdShaped } from "../catalog/select.ts";
import { OptionReader, type RawOptions } from "./raw.ts";

export interface DeleteConfig {
  readonly from: string;
  /** The exact id: deleting never goes by prefix or by `latest`. */
  readonly backup: string;
  readonly yes: boolean;
  readonly dryRun: boolean;
  /** Also remove the newest (or newest verified) backup of a source. */
  readonly force: boolean;
}

export function parseDeleteConfig(raw: RawOptions, env: NodeJS.ProcessEnv): DeleteConfig {
  const reader = new OptionReader(raw, env);
  const from = reader.required("from", "the destination holding the backup");
  const backup = reader.required("backup", "the id of the backup to delete (see `strongroom list`)");
  if (backup === "latest" || backup === "all")
    reader.problems.push(`--backup must be one backup's exact id, not '${backup}'`);
  else if (backup && !isIdShaped(backup))
    reader.problems.push(`'${backup}' is not a backup id: ids hold only letters, digits, '-' and '_'`);
  const yes = reader.boolean("yes");
  const dryRun = reader.boolean("dry-run");
  const force = reader.boolean("force");
  reader.finish();
  return Object.freeze({ from, backup, yes, dryRun, force });
}
