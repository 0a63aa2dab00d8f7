import { describe, expect, it } from "vitest";
import { secretForms } from "../../src/redact.ts";
import { tempDir } from "../support/cli.ts";
import { runStep } from "./runner.ts";

/** The values a step handed the runner to mask, in order, repeats kept (command data unescaped as the runner does). */
function masksOf(stdout: string): string[] {
  return [...stdout.matchAll(/^::add-mask::(.*)$/gm)].map((m) =>
    m[1]!.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%"),
  );
}

describe("the action's masks", () => {
  // A webhook secret is both an input and part of the notification settings: registered twice over.
  const SECRET = "wh-Secret/with+signs=2718";

  it("registers each form of one secret exactly once per step: raw, URL-encoded, base64, no masks of masks", async () => {
    // An empty folder: the check fails, and the post step then looks at the notification settings again.
    const inputs = { command: "check", destinations: tempDir(), "webhook-secret": SECRET };
    const main = await runStep("main", inputs, {});
    expect(main.state.phase, main.stdout + main.stderr).toBe("failed");
    const post = await runStep("post", inputs, {}, main.state);
    expect(post.code, post.stdout + post.stderr).toBe(0);
    for (const step of [main, post]) {
      const masks = masksOf(step.stdout);
      expect(masks.length).toBe(new Set(masks).size);
      expect(masks.sort()).toEqual(secretForms(SECRET).sort());
      expect(masks).toContain(SECRET);
      expect(masks).toContain(encodeURIComponent(SECRET));
      expect(masks).toContain(Buffer.from(SECRET).toString("base64"));
    }
  });
});
