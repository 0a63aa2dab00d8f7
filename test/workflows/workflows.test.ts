import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { data, Evaluator, Lexer, Parser } from "@actions/expressions";
import { NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ACTION_INPUTS } from "../../src/action/inputs.ts";
import { ROOT } from "../support/cli.ts";

const dir = join(ROOT, ".github/workflows");
const workflows = readdirSync(dir).filter((f) => f.endsWith(".yml"));
const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8"));

type Step = { uses?: string; with?: Record<string, unknown> };
type Job = { steps?: Step[]; permissions?: Record<string, string>; "timeout-minutes"?: number; uses?: string };

describe("workflow files", () => {
  it.each(workflows)("%s parses without errors with GitHub's workflow parser", (file) => {
    const result = parseWorkflow(
      { name: file, content: readFileSync(join(dir, file), "utf8") },
      new NoOperationTraceWriter(),
    );
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    expect(result.value).toBeDefined();
  });

  it.each(workflows)("%s passes only inputs the action declares, with timeouts on every job", (file) => {
    const workflow = parse(readFileSync(join(dir, file), "utf8")) as { jobs: Record<string, Job> };
    for (const [name, job] of Object.entries(workflow.jobs)) {
      expect(job["timeout-minutes"], `${file}: job ${name} needs timeout-minutes`).toBeGreaterThan(0);
      for (const step of job.steps ?? []) {
        if (step.uses !== "./" && !step.uses?.startsWith("strongroom/strongroom@")) continue;
        for (const input of Object.keys(step.with ?? {}))
          expect(Object.keys(action.inputs), `${file}: ${input}`).toContain(input);
      }
    }
  });

  it("the example workflow runs on a schedule and by hand, never overlaps, and has backup → verify → rotate plus a failure job", () => {
    const workflow = parse(readFileSync(join(dir, "backup.yml"), "utf8"));
    expect(workflow.on.schedule[0].cron).toMatch(/^[1-9]\d? /);
    expect(workflow.on).toHaveProperty("workflow_dispatch");
    expect(workflow.concurrency.group).toBeTruthy();
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(workflow.jobs.verify.needs).toBe("backup");
    expect(workflow.jobs.rotate.needs).toBe("verify");
    expect(workflow.jobs.rotate.permissions.actions).toBe("write");
    expect(workflow.jobs.verify.services.postgres.image).toMatch(/^postgres:/);
    expect(workflow.jobs.notify.if).toContain("failure()");
  });

  it("the reusable workflow is callable with inputs and secrets", () => {
    const workflow = parse(readFileSync(join(dir, "reusable-backup.yml"), "utf8"));
    expect(workflow.on.workflow_call.inputs.recipient.required).toBe(true);
    expect(workflow.on.workflow_call.secrets["database-url"].required).toBe(true);
  });

  it("the reusable workflow's verify job restores a Supabase backup into supabase/postgres as its superuser, anything else into postgres", () => {
    const workflow = parse(readFileSync(join(dir, "reusable-backup.yml"), "utf8"));
    const verify = workflow.jobs.verify;
    const step = verify.steps.find((s: Step) => s.with?.command === "verify");
    const backup = workflow.jobs.backup.steps.find((s: Step) => s.with?.command === "backup");
    const run = (supabase: boolean) => ({
      image: evaluate(verify.services.postgres.image, supabase),
      restoreInto: evaluate(step.with["restore-into"], supabase),
      source: evaluate(backup.with.source, supabase),
    });
    expect(run(true)).toEqual({
      image: "supabase/postgres:15.8.1.085",
      restoreInto: "postgres://supabase_admin:scratch@localhost:5432/postgres",
      source: "supabase:postgres://u:p@h:5432/postgres",
    });
    expect(run(false)).toEqual({
      image: "postgres:16",
      restoreInto: "postgres://postgres:scratch@localhost:5432/postgres",
      source: "postgres://u:p@h:5432/postgres",
    });
    expect(step.with["verify-level"]).toBe("restore");
    expect(workflow.on.workflow_call.inputs.supabase.default).toBe(false);
  });

  it("action.yml runs the checked-in node24 bundles and declares the documented interface", () => {
    expect(action.runs).toEqual({ using: "node24", main: "action/main.js", post: "action/post.js" });
    for (const input of [
      "command",
      "source",
      "destinations",
      "recipients",
      "passphrase",
      "allow-unencrypted",
      "identity",
      "backup",
      "target",
      "compression",
      "format",
      "retention-days",
      "keep-daily",
      "github-token",
    ]) {
      expect(action.inputs).toHaveProperty(input);
    }
    expect(Object.keys(action.outputs).sort()).toEqual(["backup-id", "locations", "object", "sha256", "size"]);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
    expect(action.inputs["github-token"].default).toBe("${{ github.token }}");
    expect(Object.keys(action.inputs).sort()).toEqual([...ACTION_INPUTS].sort());
  });
});

/** Evaluates a `${{ … }}` value as the runner would, with the reusable workflow's defaults and a Supabase switch. */
function evaluate(value: string, supabase: boolean): string {
  const text = /^\$\{\{(.*)\}\}$/s.exec(value.trim())?.[1];
  if (text === undefined) return value;
  const context = new data.Dictionary();
  const inputs = new data.Dictionary();
  inputs.add("supabase", new data.BooleanData(supabase));
  inputs.add("supabase-postgres-image", new data.StringData("supabase/postgres:15.8.1.085"));
  inputs.add("postgres-major", new data.StringData("16"));
  const secrets = new data.Dictionary();
  secrets.add("database-url", new data.StringData("postgres://u:p@h:5432/postgres"));
  context.add("inputs", inputs);
  context.add("secrets", secrets);
  const expression = new Parser(new Lexer(text).lex().tokens, ["inputs", "secrets"], []).parse();
  return new Evaluator(expression, context).evaluate().coerceString();
}
