import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CatalogEntry,
  COUNT_OPTIONS,
  type Decision,
  INCOMPLETE_REASON,
  planRetention,
  type RetentionPolicy,
  validatePolicy,
} from "../../src/retention/policy.ts";
import { oracleKeptBy, oracleKey, TIMEZONES } from "./oracle.ts";

/** Long runs behind the slow-tests flag (STRONGROOM_SLOW=1), run nightly by .github/workflows/slow-tests.yml. */
const numRuns = process.env.STRONGROOM_SLOW === "1" ? 5000 : 300;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const GROUPS = ["app", "billing", "legacy"] as const;

const entryShape = (span: number) =>
  fc.record({
    // Some offsets collide on purpose: equal times, several backups in one hour or day.
    offset: fc.oneof(fc.integer({ min: 0, max: span }), fc.constantFrom(0, 30 * 60_000, HOUR, DAY, 7 * DAY)),
    group: fc.constantFrom(...GROUPS),
    complete: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    verified: fc.constantFrom(undefined, "passed" as const, "failed" as const),
  });

const catalogArb: fc.Arbitrary<CatalogEntry[]> = fc
  .record({
    base: fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2090, 0, 1) }),
    span: fc.constantFrom(6 * HOUR, 3 * DAY, 40 * DAY, 400 * DAY, 6 * 365 * DAY),
  })
  .chain(({ base, span }) =>
    fc.array(entryShape(span), { maxLength: 60 }).map((shapes) =>
      shapes.map((shape, i): CatalogEntry => ({
        id: `b${String(i).padStart(3, "0")}`,
        createdAt: new Date(base + shape.offset),
        group: shape.group,
        complete: shape.complete,
        verified: shape.verified,
      })),
    ),
  );

const count = fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined });
const policyArb: fc.Arbitrary<RetentionPolicy> = fc
  .record(
    {
      keepLast: count,
      keepHourly: count,
      keepDaily: count,
      keepWeekly: count,
      keepMonthly: count,
      keepYearly: count,
      keepWithin: fc.option(
        fc.oneof(fc.constantFrom(HOUR, DAY, 7 * DAY, 30 * DAY), fc.integer({ min: 0, max: 400 * DAY })),
        {
          nil: undefined,
        },
      ),
      timezone: fc.option(fc.constantFrom(...TIMEZONES), { nil: undefined }),
      periodRepresentative: fc.option(fc.constantFrom("newest" as const, "oldest" as const), { nil: undefined }),
      countVerifiedOnly: fc.option(fc.boolean(), { nil: undefined }),
    },
    { requiredKeys: [] },
  )
  .filter((policy) => validatePolicy(policy).length === 0);

function summary(decisions: readonly Decision[]): Map<string, { keep: boolean; rules: string[]; reasons: string[] }> {
  return new Map(decisions.map((d) => [d.entry.id, { keep: d.keep, rules: [...d.rules], reasons: [...d.reasons] }]));
}

function newestFirst(entries: readonly CatalogEntry[]): CatalogEntry[] {
  return [...entries].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
}

function ids(decisions: readonly Decision[], keep: (d: Decision) => boolean): Set<string> {
  return new Set(decisions.filter(keep).map((d) => d.entry.id));
}

describe("planRetention properties", () => {
  it("plans every entry exactly once, newest first, and explains every decision", () => {
    fc.assert(
      fc.property(catalogArb, policyArb, (catalog, policy) => {
        const plan = planRetention(catalog, policy);
        expect(plan).toHaveLength(catalog.length);
        expect(new Set(plan.map((d) => d.entry))).toEqual(new Set(catalog));
        for (let i = 1; i < plan.length; i++) {
          expect(plan[i - 1]!.entry.createdAt.getTime()).toBeGreaterThanOrEqual(plan[i]!.entry.createdAt.getTime());
        }
        for (const decision of plan) {
          expect(decision.reasons.length).toBeGreaterThan(0);
          if (decision.entry.complete) {
            expect(decision.keep).toBe(decision.rules.length > 0);
            if (decision.keep) expect(decision.reasons).toHaveLength(decision.rules.length);
            expect(new Set(decision.rules).size).toBe(decision.rules.length);
          } else {
            expect(decision).toMatchObject({ keep: true, rules: [], reasons: [INCOMPLETE_REASON] });
          }
        }
      }),
      { numRuns },
    );
  });

  it("always keeps the newest complete backup and the newest verified one of each group", () => {
    fc.assert(
      fc.property(catalogArb, policyArb, (catalog, policy) => {
        const plan = summary(planRetention(catalog, policy));
        for (const group of GROUPS) {
          const complete = newestFirst(catalog.filter((e) => e.group === group && e.complete));
          const newest = complete[0];
          if (newest !== undefined) {
            expect(plan.get(newest.id)?.keep).toBe(true);
            expect(plan.get(newest.id)?.rules).toContain("newest");
          }
          const verified = complete.find((e) => e.verified === "passed");
          if (verified !== undefined) expect(plan.get(verified.id)?.rules).toContain("newest-verified");
        }
      }),
      { numRuns },
    );
  });

  it("is idempotent: planning again after removing what it removed removes nothing", () => {
    fc.assert(
      fc.property(catalogArb, policyArb, (catalog, policy) => {
        const first = planRetention(catalog, policy);
        const survivors = first.filter((d) => d.keep).map((d) => d.entry);
        const second = planRetention(survivors, policy);
        expect(second.every((d) => d.keep)).toBe(true);
        const before = summary(first);
        for (const [id, decision] of summary(second)) expect(decision).toEqual(before.get(id));
      }),
      { numRuns },
    );
  });

  it("keeps, for each count option, exactly what a simple group-sort-take-N oracle keeps", () => {
    fc.assert(
      fc.property(catalogArb, policyArb, (catalog, policy) => {
        const plan = planRetention(catalog, policy);
        for (const group of GROUPS) {
          const members = catalog.filter((e) => e.group === group);
          const decisions = plan.filter((d) => d.entry.group === group);
          for (const { rule } of COUNT_OPTIONS) {
            expect([...ids(decisions, (d) => d.rules.includes(rule))].sort()).toEqual(
              [...oracleKeptBy(rule, members, policy)].sort(),
            );
          }
          const complete = members.filter((e) => e.complete);
          const newest = Math.max(...complete.map((e) => e.createdAt.getTime()));
          const within = policy.keepWithin ?? 0;
          const expectedWithin = within > 0 ? complete.filter((e) => e.createdAt.getTime() > newest - within) : [];
          expect([...ids(decisions, (d) => d.rules.includes("within"))].sort()).toEqual(
            expectedWithin.map((e) => e.id).sort(),
          );
        }
      }),
      { numRuns },
    );
  });

  it("with only keep-daily N, keeps the newest complete backup of each of the N most recent days with backups", () => {
    fc.assert(
      fc.property(
        catalogArb,
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom(...TIMEZONES),
        (catalog, days, timezone) => {
          const plan = planRetention(catalog, { keepDaily: days, timezone });
          for (const group of GROUPS) {
            const complete = newestFirst(catalog.filter((e) => e.group === group && e.complete));
            const newestOfDay = new Map<string, CatalogEntry>();
            for (const entry of complete) {
              const day = oracleKey("daily", entry.createdAt, timezone);
              if (!newestOfDay.has(day)) newestOfDay.set(day, entry);
            }
            const recentDays = [...newestOfDay.keys()].sort().reverse().slice(0, days);
            const expected = new Set(recentDays.map((day) => newestOfDay.get(day)!.id));
            const verified = complete.find((e) => e.verified === "passed");
            if (verified !== undefined) expected.add(verified.id);
            const keptComplete = ids(plan, (d) => d.keep && d.entry.complete && d.entry.group === group);
            expect([...keptComplete].sort()).toEqual([...expected].sort());
          }
        },
      ),
      { numRuns },
    );
  });

  it("never lets incomplete backups change a decision about a complete one", () => {
    fc.assert(
      fc.property(catalogArb, policyArb, (catalog, policy) => {
        const withIncomplete = summary(planRetention(catalog, policy).filter((d) => d.entry.complete));
        const withoutIncomplete = summary(
          planRetention(
            catalog.filter((e) => e.complete),
            policy,
          ),
        );
        expect(withIncomplete).toEqual(withoutIncomplete);
      }),
      { numRuns },
    );
  });

  it("plans each group as if it were alone", () => {
    fc.assert(
      fc.property(catalogArb, policyArb, (catalog, policy) => {
        const plan = planRetention(catalog, policy);
        for (const group of GROUPS) {
          const together = summary(plan.filter((d) => d.entry.group === group));
          const alone = summary(
            planRetention(
              catalog.filter((e) => e.group === group),
              policy,
            ),
          );
          expect(together).toEqual(alone);
        }
      }),
      { numRuns },
    );
  });

  it("does not depend on the order of the catalog", () => {
    fc.assert(
      fc.property(
        catalogArb.chain((catalog) =>
          fc.tuple(fc.constant(catalog), fc.shuffledSubarray(catalog, { minLength: catalog.length })),
        ),
        policyArb,
        ([catalog, shuffled], policy) => {
          const a = planRetention(catalog, policy);
          const b = planRetention(shuffled, policy);
          expect(b.map((d) => d.entry.id)).toEqual(a.map((d) => d.entry.id));
          expect(summary(b)).toEqual(summary(a));
        },
      ),
      { numRuns },
    );
  });

  it("never fills a bucket with an unverified or failed backup under countVerifiedOnly", () => {
    fc.assert(
      fc.property(catalogArb, policyArb, (catalog, policy) => {
        const plan = planRetention(catalog, { ...policy, countVerifiedOnly: true });
        const countRules = new Set<string>(COUNT_OPTIONS.map((o) => o.rule));
        for (const decision of plan) {
          if (decision.entry.verified !== "passed") {
            expect(decision.rules.filter((rule) => countRules.has(rule))).toEqual([]);
          }
        }
      }),
      { numRuns },
    );
  });

  it("keeps a superset when any count grows", () => {
    fc.assert(
      fc.property(
        catalogArb,
        policyArb,
        fc.constantFrom(...COUNT_OPTIONS.map((o) => o.option)),
        fc.integer({ min: 1, max: 5 }),
        (catalog, policy, option, more) => {
          const smaller = ids(planRetention(catalog, policy), (d) => d.keep);
          const larger = ids(
            planRetention(catalog, { ...policy, [option]: (policy[option] ?? 0) + more }),
            (d) => d.keep,
          );
          for (const id of smaller) expect(larger.has(id)).toBe(true);
        },
      ),
      { numRuns },
    );
  });
});
