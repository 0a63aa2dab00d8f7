import { UsageError } from "../errors.ts";

/** Flags and action inputs by their shared kebab-case names; repeatable ones are arrays. */
export type RawOptions = Readonly<Record<string, string | readonly string[] | boolean | undefined>>;

/**
 * Reads raw options while collecting every problem, so one error can list them all.
 * `finish()` throws a UsageError naming each problem, or returns.
 */
export class OptionReader {
  readonly problems: string[] = [];
  constructor(
    readonly raw: RawOptions,
    readonly env: NodeJS.ProcessEnv,
  ) {}

  string(name: string): string | undefined {
    const value = this.raw[name];
    if (value === undefined || value === false) return undefined;
    if (Array.isArray(value)) return value.length ? String(value[value.length - 1]).trim() || undefined : undefined;
    if (value === true) {
      this.problems.push(`--${name} needs a value`);
      return undefined;
    }
    return String(value).trim() || undefined;
  }

  required(name: string, what: string): string {
    const value = this.string(name);
    if (value === undefined) this.problems.push(`--${name} is required: ${what}`);
    return value ?? "";
  }

  /** Repeatable flags, or newline-separated action inputs; blank lines and `#` comments dropped. */
  list(name: string): string[] {
    const value = this.raw[name];
    if (value === undefined || value === false || value === true) return [];
    const items = Array.isArray(value) ? value : [String(value)];
    return items
      .flatMap((item) => String(item).split(/\r?\n/))
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith("#"));
  }

  boolean(name: string): boolean {
    const value = this.raw[name];
    if (value === undefined || value === false) return false;
    if (value === true) return true;
    const text = String(Array.isArray(value) ? value[value.length - 1] : value)
      .trim()
      .toLowerCase();
    if (["true", "yes", "1", "on"].includes(text)) return true;
    if (["false", "no", "0", "off", ""].includes(text)) return false;
    this.problems.push(`--${name} must be true or false, got '${text}'`);
    return false;
  }

  choice<const T extends readonly string[]>(name: string, allowed: T, fallback: T[number]): T[number] {
    const value = this.string(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T[number];
    this.problems.push(`--${name} must be one of ${allowed.join(", ")}; got '${value}'`);
    return fallback;
  }

  integer(name: string, range: readonly [number, number]): number | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    // Decimal digits only: Number() would also read 0x10, 1e1, 5.0 and " 5" as counts.
    const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(number) || number < range[0] || number > range[1]) {
      this.problems.push(`--${name} must be a whole number from ${range[0]} to ${range[1]}; got '${value}'`);
      return undefined;
    }
    return number;
  }

  /** A value read by `parser` (durations, sizes); its error becomes one of the problems. */
  parsed<T>(name: string, parser: (text: string) => T): T | undefined {
    const text = this.string(name);
    if (text === undefined) return undefined;
    try {
      return parser(text);
    } catch (error) {
      this.problems.push(`--${name}: ${(error as Error).message}`);
      return undefined;
    }
  }

  /** A value given directly, or through the environment variable a `-env` flag names. */
  secret(name: string): string | undefined {
    const direct = this.string(name);
    const variable = this.string(`${name}-env`);
    if (direct !== undefined && variable !== undefined) {
      this.problems.push(`give --${name} or --${name}-env, not both`);
    }
    if (variable !== undefined) {
      const value = this.env[variable];
      if (!value) this.problems.push(`--${name}-env names ${variable}, which is not set or empty`);
      return value || undefined;
    }
    return direct;
  }

  finish(hint = "run `strongroom help` for the flags of each command"): void {
    if (this.problems.length) {
      throw new UsageError(this.problems, { hint });
    }
  }
}
