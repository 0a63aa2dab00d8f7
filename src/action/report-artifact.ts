import { DefaultArtifactClient } from "@actions/artifact";
import { REPORT_FILES } from "../commands/report.ts";
import { join } from "node:path";

export const REPORT_ARTIFACT = "strongroom-report";

/** Uploads the report folder (page, badge, status.json) as one artifact of this run. */
export async function uploadReportArtifact(folder: string, retentionDays: number | undefined): Promise<void> {
  const client = new DefaultArtifactClient();
  await client.uploadArtifact(
    REPORT_ARTIFACT,
    REPORT_FILES.map((name) => join(folder, name)),
    folder,
    retentionDays === undefined ? {} : { retentionDays },
  );
}
