import { describe, expect, it } from "vitest";
import { parseBackupConfig } from "../../src/config/backup.ts";
import { UsageError } from "../../src/errors.ts";
import { parseCommandLine } from "../../src/cli/flags.ts";

const base = { source: "sqlite:/tmp/strongroom-never-opened.db", "no-encryption": true };

function problemsOf(raw: Record<string, unknown>, env: NodeJS.ProcessEnv = {}): string[] {
  try {
    parseBackupConfig(raw as never, env);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return [...(error as UsageError).problems];
  }
}

describe("retention-days", () => {
  it("is read as whole days for artifact: destinations, from the option or STRONGROOM_RETENTION_DAYS", () => {
    expect(parseBackupConfig({ ...base, to: ["artifact:db"], "retention-days": "30" }, {}).retentionDays).toBe(30);
    expect(parseBackupConfig({ ...base, to: ["artifact:db"] }, { STRONGROOM_RETENTION_DAYS: "7" }).retentionDays).toBe(
      7,
    );
    expect(parseBackupConfig({ ...base, to: ["artifact:db"] }, {}).retentionDays).toBeUndefined();
  });

  it.each(["abc", "0", "401", "1e2", "30.5"])("refuses %j with the shared integer wording", (value) => {
    expect(problemsOf({ ...base, to: ["artifact:db"], "retention-days": value })).toEqual([
      `--retention-days must be a whole number from 1 to 400; got '${value}'`,
    ]);
  });

  it("refuses a bad STRONGROOM_RETENTION_DAYS instead of storing NaN days", () => {
    expect(problemsOf({ ...base, to: ["artifact:db"] }, { STRONGROOM_RETENTION_DAYS: "ninety" })).toEqual([
      "--retention-days must be a whole number from 1 to 400; got 'ninety' (from STRONGROOM_RETENTION_DAYS)",
    ]);
  });

  it("is an error when no destination is an artifact, instead of being silently ignored", () => {
    expect(problemsOf({ ...base, to: ["/tmp/strongroom-backups", "s3://bucket/db"], "retention-days": "30" })).toEqual([
      "--retention-days applies only to artifact: destinations (GitHub deletes artifacts after it); other destinations keep backups until rotate removes them",
    ]);
    expect(problemsOf({ ...base, to: ["/tmp/strongroom-backups", "artifact:db"], "retention-days": "30" })).toEqual([]);
  });

  it("is a flag of strongroom backup", () => {
    const parsed = parseCommandLine(["backup", "--to", "artifact:db", "--retention-days", "14"]);
    expect(parsed.options["retention-days"]).toBe("14");
  });
});
