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
    expect(workflow.on.repository_dispatch.types).toEqual(["strongroom-backup"]);
    expect(workflow.jobs.backup.if).not.toContain("repository_dispatch");
    expect(workflow.concurrency.group).toBeTruthy();
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(workflow.jobs.verify.needs).toBe("backup");
    expect(workflow.jobs.rotate.needs).toBe("verify");
    expect(workflow.jobs.rotate.permissions.actions).toBe("write");
    expect(workflow.jobs.verify.services.postgres.image).toMatch(/^postgres:/);
    expect(workflow.jobs.notify.if).toContain("failure()");
  });

  it("the slow tests have one flag, and a nightly workflow sets it and runs the suite", () => {
    const workflow = parse(readFileSync(join(dir, "slow-tests.yml"), "utf8"));
    expect(workflow.on.schedule[0].cron).toMatch(/^\d+ \d+ \* \* \*$/);
    expect(workflow.jobs.slow.env).toEqual({ STRONGROOM_SLOW: "1" });
    expect(workflow.jobs.slow.steps.map((step: { run?: string }) => step.run)).toContain("npm test");
    const flags = new Set<string>();
    for (const file of readdirSync(join(ROOT, "test"), { recursive: true, encoding: "utf8" })) {
      if (!file.endsWith(".ts")) continue;
      for (const flag of readFileSync(join(ROOT, "test", file), "utf8").matchAll(/STRONGROOM_SLOW\w*/g))
        flags.add(flag[0]);
    }
    expect([...flags]).toEqual(["STRONGROOM_SLOW"]);
  });

  it("the reusable workflow is callable with inputs and secrets", () => {
    const workflow = parse(readFileSync(join(dir, "reusable-backup.yml"), "utf8"));
    expect(workflow.on.workflow_call.inputs.recipient.required).toBe(true);
    expect(workflow.on.workflow_call.secrets["database-url"]).toBeDefined();
  });

  it("the reusable workflow runs backup → verify → rotate per source as a matrix, then one report over all", () => {
    const workflow = parse(readFileSync(join(dir, "reusable-backup.yml"), "utf8"));
    const inputs = workflow.on.workflow_call.inputs;
    expect(inputs.sources.type).toBe("string");
    expect(inputs["max-parallel"].type).toBe("number");
    const backup = workflow.jobs.backup;
    expect(backup.strategy["fail-fast"]).toBe(false);
    expect(backup.strategy["max-parallel"]).toContain("inputs.max-parallel");
    expect(backup.strategy.matrix.source).toContain("fromJSON(inputs.sources");
    expect(backup.steps.map((s: Step) => s.with?.command)).toEqual(["backup", "verify", "rotate"]);
    expect(backup.steps[0].with.source).toContain("secrets[matrix.source.secret]");
    expect(workflow.jobs.report.needs).toBe("backup");
    expect(workflow.jobs.report.if).toBe("always()");
    expect(workflow.jobs.report.steps[0].with.command).toBe("report");
    expect(workflow.on.workflow_call.outputs.verdict.value).toContain("jobs.report.outputs.verdict");
  });

  it("the Pages workflow is opt-in and uses the official upload and deploy actions", () => {
    const workflow = parse(readFileSync(join(dir, "report-pages.yml"), "utf8"));
    expect(workflow.jobs.report.if).toBe("vars.STRONGROOM_PAGES == 'true'");
    expect(workflow.jobs.report.steps[0].with.command).toBe("report");
    expect(workflow.jobs.report.steps[1].uses).toMatch(/^actions\/upload-pages-artifact@v\d+$/);
    expect(workflow.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@v\d+$/);
    expect(workflow.jobs.deploy.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(readFileSync(join(dir, "report-pages.yml"), "utf8")).toMatch(/WARNING: Pages of a private repository/);
  });

  it("the reusable workflow's verify step restores a Supabase backup into supabase/postgres as its superuser, anything else into postgres", () => {
    const workflow = parse(readFileSync(join(dir, "reusable-backup.yml"), "utf8"));
    const job = workflow.jobs.backup;
    const verify = job.steps.find((s: Step) => s.with?.command === "verify");
    const backup = job.steps.find((s: Step) => s.with?.command === "backup");
    const run = (supabase: boolean, source: MatrixSource = {}) => ({
      image: evaluate(job.services.postgres.image, supabase, source),
      restoreInto: evaluate(verify.with["restore-into"], supabase, source),
      source: evaluate(backup.with.source, supabase, source),
    });
    const supabaseRun = {
      image: "supabase/postgres:15.8.1.085",
      restoreInto: "postgres://supabase_admin:scratch@localhost:5432/postgres",
      source: "supabase:postgres://u:p@h:5432/postgres",
    };
    expect(run(true)).toEqual(supabaseRun);
    expect(run(false, { kind: "supabase" })).toEqual(supabaseRun);
    expect(run(false)).toEqual({
      image: "postgres:16",
      restoreInto: "postgres://postgres:scratch@localhost:5432/postgres",
      source: "postgres://u:p@h:5432/postgres",
    });
    expect(run(false, { kind: "postgres", secret: "ORDERS_URL", "postgres-major": "17" })).toEqual({
      image: "postgres:17",
      restoreInto: "postgres://postgres:scratch@localhost:5432/postgres",
      source: "postgres://orders@db:5432/orders",
    });
    expect(verify.with["verify-level"]).toBe("restore");
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
    expect(Object.keys(action.outputs).sort()).toEqual([
      "backup-id",
      "locations",
      "object",
      "report-folder",
      "sha256",
      "size",
      "verdict",
    ]);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
    expect(action.inputs["github-token"].default).toBe("${{ github.token }}");
    expect(Object.keys(action.inputs).sort()).toEqual([...ACTION_INPUTS].sort());
  });
});

/** Evaluates a `${{ … }}` value as the runner would, with the reusable workflow's defaults and a Supabase switch. */
type MatrixSource = { kind?: string; secret?: string; "postgres-major"?: string };

function evaluate(value: string, supabase: boolean, source: MatrixSource = {}): string {
  const text = /^\$\{\{(.*)\}\}$/s.exec(value.trim())?.[1];
  if (text === undefined) return value;
  const context = new data.Dictionary();
  const inputs = new data.Dictionary();
  inputs.add("supabase", new data.BooleanData(supabase));
  inputs.add("supabase-postgres-image", new data.StringData("supabase/postgres:15.8.1.085"));
  inputs.add("postgres-major", new data.StringData("16"));
  const secrets = new data.Dictionary();
  secrets.add("database-url", new data.StringData("postgres://u:p@h:5432/postgres"));
  secrets.add("ORDERS_URL", new data.StringData("postgres://orders@db:5432/orders"));
  const matrixSource = new data.Dictionary();
  matrixSource.add("secret", new data.StringData(source.secret ?? ""));
  matrixSource.add("kind", new data.StringData(source.kind ?? "postgres"));
  if (source["postgres-major"]) matrixSource.add("postgres-major", new data.StringData(source["postgres-major"]));
  const matrix = new data.Dictionary();
  matrix.add("source", matrixSource);
  context.add("inputs", inputs);
  context.add("secrets", secrets);
  context.add("matrix", matrix);
  const expression = new Parser(new Lexer(text).lex().tokens, ["inputs", "secrets", "matrix"], []).parse();
  return new Evaluator(expression, context).evaluate().coerceString();
}
