/** Kept equal to package.json's version by a test; bundles have no package.json to read. */
export const VERSION = "0.1.0";
