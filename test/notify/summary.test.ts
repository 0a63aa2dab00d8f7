import { describe, expect, it } from "vitest";
import { renderSummaryMarkdown } from "../../src/notify/summary.ts";
import { failureReport, successfulReport } from "./fixtures.ts";

describe("renderSummaryMarkdown", () => {
  it("renders the facts, destinations, stages and retention plan as tables", () => {
    const md = renderSummaryMarkdown(failureReport());
    expect(md.split("\n")[0]).toBe("### ❌ Strongroom FAILED: backup postgres appdb@db.example.com:5432");
    expect(md).toContain("| **Backup** | `appdb-20261124T091502Z` |");
    expect(md).toContain("| **Size** | 4.8 MiB plain, 1.2 MiB stored, ratio 4.05:1 |");
    expect(md).toContain("| **Verification** | passed (digest) |");
    expect(md).toContain("| **Exit code** | 3 |");
    expect(md).toContain(
      "| **Workflow run** | [https://github.com/acme/backups/actions/runs/987654](https://github.com/acme/backups/actions/runs/987654) |",
    );
    expect(md).toContain(
      "| s3://acme-backups/prod | ✅ stored | appdb-20261124T091502Z.dump.zst.age | 1.2 MiB | 2.1 s |",
    );
    expect(md).toContain("| github-artifact | ❌ upload rejected: 403 |");
    expect(md).toContain("| dump | 40.0 s |");
    expect(md).toContain("<summary>Retention plan: 2 kept, 1 removed</summary>");
    expect(md).toContain("| appdb-20261101 | removed |");
    // Untrusted text cannot break the table or inject HTML.
    expect(md).toContain("&lt;script&gt;");
    expect(md).not.toContain("<script>");
  });

  it("escapes pipes and newlines inside cells", () => {
    const md = renderSummaryMarkdown(successfulReport({ source: "a|b\nc" }));
    expect(md).toContain("| **Source** | a\\|b<br>c |");
    expect(md.split("\n")[0]).toBe("### ✅ Strongroom OK: backup a\\|b<br>c");
  });

  it("marks a dry-run retention plan", () => {
    const md = renderSummaryMarkdown(
      successfulReport({ retention: { kept: 1, removed: 1, keptIds: ["x"], removedIds: ["y"], dryRun: true } }),
    );
    expect(md).toContain("| **Retention** | 1 kept, 1 to remove (dry run) |");
    expect(md).toContain("| y | would remove |");
  });
});
