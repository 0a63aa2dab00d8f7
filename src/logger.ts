import type { Redactor } from "./redact.ts";

/** What commands print through. The CLI and the action each provide one; both redact. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  /** A named section (an Actions log group; a heading on a terminal). */
  group<T>(name: string, body: () => Promise<T>): Promise<T>;
  /** A progress line: a live line on a terminal, a plain line every few seconds elsewhere. */
  progress(message: string): void;
  readonly redactor: Redactor;
}

export class ConsoleLogger implements Logger {
  private live = false;
  constructor(
    readonly redactor: Redactor,
    private readonly out: NodeJS.WriteStream = process.stderr,
    private readonly quiet = false,
  ) {}

  info(message: string): void {
    if (this.quiet) return;
    this.endLive();
    this.out.write(`${this.redactor.redact(message)}\n`);
  }

  warn(message: string): void {
    this.endLive();
    this.out.write(`warning: ${this.redactor.redact(message)}\n`);
  }

  async group<T>(name: string, body: () => Promise<T>): Promise<T> {
    this.info(`▸ ${name}`);
    try {
      return await body();
    } finally {
      this.endLive();
    }
  }

  progress(message: string): void {
    if (this.quiet) return;
    const text = this.redactor.redact(message);
    if (this.out.isTTY) {
      this.out.write(`\r\x1b[2K  ${text}`);
      this.live = true;
    } else this.out.write(`  ${text}\n`);
  }

  private endLive(): void {
    if (this.live) {
      this.out.write("\n");
      this.live = false;
    }
  }
}
