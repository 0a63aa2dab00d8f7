import { afterAll } from "vitest";
import { removeTempDirs } from "./cli.ts";

// Runs before every test file: what `tempDir()` made is removed after the file, pass or fail.
afterAll(removeTempDirs);
