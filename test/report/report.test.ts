import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Manifest } from "../../src/catalog/manifest.ts";
import { ageText } from "../../src/report/verdict.ts";
import { CHROMIUM, launchChromium } from "../support/browser.ts";
import { daysAgo, markVerified, writeBackupAt } from "../support/catalog-fixture.ts";
import { ROOT, runCli, tempDir } from "../support/cli.ts";

const SCHEMA = JSON.parse(readFileSync(join(ROOT, "src/report/status.schema.json"), "utf8")) as object;
const POLICY = ["--keep-daily", "7", "--keep-weekly", "4", "--keep-monthly", "12"];
const ARTIFACTS = join(ROOT, "test-artifacts", "report");
const HOUR = 3_600_000;

interface Status {
  verdict: string;
  sources: {
    source: string;
    verdict: string;
    backups: number;
    newestVerifiedAt: string | null;
    lastFailure: unknown;
  }[];
  destinations: { destination: string; readable: boolean; error: string | null; damaged: unknown[] }[];
}

const validate = (() => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  return ajv.compile(SCHEMA);
})();

/** A year of daily backups at 02:00 UTC (one week missing), every Sunday's verified, one older verification failed. */
function yearOfBackups(dir: string, now: number): Manifest[] {
  const made: Manifest[] = [];
  const today = Math.floor(now / 86_400_000) * 86_400_000;
  for (let day = 364; day >= 0; day--) {
    if (day >= 100 && day < 107) continue;
    const at = new Date(today - day * 86_400_000 + 2 * HOUR);
    if (at.getTime() > now - HOUR) continue;
    const manifest = writeBackupAt(dir, at, "appdb");
    made.push(manifest);
    if (at.getUTCDay() === 0) markVerified(dir, manifest, true, new Date(at.getTime() + HOUR));
  }
  markVerified(dir, made[200]!, false, new Date(Date.parse(made[200]!.createdAt) + HOUR));
  const newest = made.at(-1)!;
  markVerified(dir, newest, true, new Date(Math.min(now - 30 * 60_000, Date.parse(newest.createdAt) + 10 * 60_000)));
  return made;
}

async function report(args: string[]): Promise<{ out: string; status: Status; stderr: string; code: number | null }> {
  const out = tempDir("sr-report-");
  const run = await runCli(["report", ...args, "--out", out, "--json"]);
  return { out, status: JSON.parse(run.stdout || "{}") as Status, stderr: run.stderr, code: run.code };
}

describe("strongroom report, looked at in a real browser", () => {
  let browser: Browser;
  const folders: string[] = [];
  const folder = () => {
    const dir = tempDir("sr-report-src-");
    folders.push(dir);
    return dir;
  };

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), "Debian's chromium package (bash .ci/run installs it)").toBe(true);
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the page from file:// and records every request it makes besides itself. */
  async function open(out: string, width: number, shot: string): Promise<{ page: Page; requests: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, javaScriptEnabled: false });
    const url = `file://${join(out, "index.html")}`;
    const requests: string[] = [];
    page.on("request", (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    await page.goto(url);
    await page.screenshot({ path: join(ARTIFACTS, `${shot}-${width}.png`), fullPage: true });
    return { page, requests };
  }

  it("a year of daily backups: healthy, one mark per backup, the calendar matches rotate --dry-run", async () => {
    const dir = folder();
    const made = yearOfBackups(dir, Date.now());
    const { out, status, code, stderr } = await report(["--from", dir, ...POLICY]);
    folders.push(out);
    expect(code, stderr).toBe(0);
    expect(validate(status), JSON.stringify(validate.errors)).toBe(true);
    expect(status.verdict).toBe("healthy");
    expect(status.sources[0]).toMatchObject({ verdict: "healthy", backups: made.length });
    const badge = readFileSync(join(out, "badge.svg"), "utf8");
    const verifiedAt = Date.parse(status.sources[0]!.newestVerifiedAt!);
    expect(badge).toContain(`aria-label="backup: verified ${ageText(Date.now() - verifiedAt)} ago"`);

    const plan = JSON.parse((await runCli(["rotate", "--from", dir, ...POLICY, "--dry-run", "--json"])).stdout) as {
      plan: { id: string; createdAt: string; keep: boolean }[];
    };
    for (const width of [1280, 390]) {
      const { page, requests } = await open(out, width, "year");
      expect(await page.locator(".card .verdict").first().textContent()).toContain("Healthy");
      expect(await page.locator('[data-mark="backup"]').count()).toBe(made.length);
      const cells = await page
        .locator("svg.calendar g[data-day]")
        .evaluateAll((gs) => gs.map((g) => [g.getAttribute("data-day"), g.getAttribute("data-state")]));
      const state = new Map(cells as [string, string][]);
      for (const p of plan.plan) expect(state.get(p.createdAt.slice(0, 10)), p.id).toBe(p.keep ? "kept" : "pruned");
      const missing = [...state].filter(([, s]) => s === "none").map(([d]) => d);
      expect(missing.length).toBeGreaterThanOrEqual(7);
      const overflow = (await page.evaluate("document.documentElement.scrollWidth - window.innerWidth")) as number;
      expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
      const unlabelled = await page
        .locator("svg")
        .evaluateAll(
          (svgs) =>
            svgs.filter(
              (s) => !(s.getAttribute("role") === "img" && (s.getAttribute("aria-label") || s.querySelector("title"))),
            ).length,
        );
      expect(unlabelled).toBe(0);
      expect(requests).toEqual([]);
      await page.close();
    }
    const html = readFileSync(join(out, "index.html"), "utf8");
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });

  it("a stale, a failing and an unreachable destination read as what they are, never as healthy", async () => {
    const stale = folder();
    writeBackupAt(stale, daysAgo(3), "stalesdb");
    const failing = folder();
    const last = writeBackupAt(failing, new Date(Date.now() - 2 * HOUR), "failingdb");
    markVerified(failing, last, false, new Date(Date.now() - HOUR));
    writeFileSync(join(failing, "20260101T000000000Z-x-000000000000.manifest.json"), "{ not json");
    const runFailed = folder();
    writeBackupAt(runFailed, new Date(Date.now() - 20 * HOUR), "rundb");
    writeFileSync(
      join(runFailed, "strongroom-failure.rundb-0000000000000000.json"),
      JSON.stringify({
        strongroomFailure: 1,
        sourceKey: "postgres://db.example.com:5432/rundb",
        command: "backup",
        failedAt: new Date(Date.now() - HOUR).toISOString(),
        stage: "dump",
        reason: "connection refused",
      }),
    );
    const empty = folder();
    const unreachable = join(folder(), "a-file");
    writeFileSync(unreachable, "not a folder");
    const { out, status, code, stderr } = await report([
      ...[stale, failing, runFailed, empty, unreachable].flatMap((d) => ["--from", d]),
    ]);
    folders.push(out);
    expect(code, stderr).toBe(0);
    expect(validate(status), JSON.stringify(validate.errors)).toBe(true);
    const verdict = (db: string) => status.sources.find((s) => s.source.endsWith(`/${db}`))?.verdict;
    expect([verdict("stalesdb"), verdict("failingdb"), verdict("rundb")]).toEqual(["stale", "failing", "failing"]);
    expect(status.verdict).toBe("failing");
    const bad = status.destinations.find((d) => !d.readable)!;
    expect(bad.error).toBeTruthy();
    expect(status.destinations.find((d) => d.destination.includes(failing))!.damaged).toHaveLength(1);
    expect(readFileSync(join(out, "badge.svg"), "utf8")).toContain("#c62828");

    const { page, requests } = await open(out, 1280, "faults");
    const words = await page
      .locator(".card")
      .evaluateAll((cards) =>
        cards.map((c) => [c.querySelector("h3")?.textContent, c.querySelector(".verdict")?.textContent?.trim()]),
      );
    expect(words).toEqual(
      expect.arrayContaining([
        [expect.stringContaining("stalesdb"), "! Stale"],
        [expect.stringContaining("failingdb"), "✗ Failing"],
        [expect.stringContaining("rundb"), "✗ Failing"],
      ]),
    );
    expect(await page.getByText("could not be read").count()).toBeGreaterThan(0);
    expect(await page.getByText("connection refused").count()).toBeGreaterThan(0);
    expect(await page.locator('[data-mark="failure"]').count()).toBe(1);
    expect(requests).toEqual([]);
    await page.close();

    const emptyOnly = await report(["--from", empty]);
    folders.push(emptyOnly.out);
    expect(emptyOnly.status.verdict).toBe("empty");
    expect(readFileSync(join(emptyOnly.out, "badge.svg"), "utf8")).toContain("no backups");
  });

  it("2,000 backups across 5 sources render into a page under 1 MB", async () => {
    const dir = folder();
    const now = Date.now();
    for (let source = 0; source < 5; source++)
      for (let i = 0; i < 400; i++) writeBackupAt(dir, new Date(now - i * 6 * HOUR - source * 60_000), `db${source}`);
    const started = performance.now();
    const { out, status, code, stderr } = await report(["--from", dir, ...POLICY]);
    folders.push(out);
    console.log(`report of 2,000 backups: ${Math.round(performance.now() - started)} ms including the CLI's start`);
    expect(code, stderr).toBe(0);
    expect(status.sources).toHaveLength(5);
    expect(statSync(join(out, "index.html")).size).toBeLessThan(1_000_000);
  });

  it("names are escaped: a hostile source name is text, never markup", async () => {
    const dir = folder();
    const manifest = writeBackupAt(dir, new Date(Date.now() - HOUR), "x");
    const hostile = {
      ...manifest,
      source: { ...manifest.source, display: `<img src=x onerror=alert(1)>`, key: "k<b>" },
    };
    writeFileSync(join(dir, `${manifest.id}.manifest.json`), JSON.stringify(hostile));
    const { out } = await report(["--from", dir]);
    folders.push(out);
    const html = readFileSync(join(out, "index.html"), "utf8");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});
