export const USAGE = `strongroom — encrypted, verified database backups

  strongroom backup  --source <postgres url>|sqlite:<path>|supabase[:<postgres url>] --to <destination> [--to …]
                     (--recipient <age1…> … | --passphrase-env <VAR> | --no-encryption)
                     [--compression zstd|gzip|none] [--level N] [--format custom|plain|directory]
                     [--row-counts exact|estimate] [--jobs N] [--pg-bin <dir>] [--json]
                     sqlite: [--vacuum]   supabase: [--supabase-url <url>] [--service-role-key-env <VAR>]
                     [--buckets a,b] [--include-migrations]   artifact: [--retention-days N]
  strongroom list    --from <destination> [--source <key>] [--json]
  strongroom get     --from <destination> [--backup <id>|latest] [--at <time>] [--source <key>] --out <file>|<folder>|-
                     [--decrypt (--identity <file> | --passphrase-env <VAR>)] [--force] [--json]
  strongroom delete  --from <destination> --backup <id> [--yes] [--dry-run] [--force] [--json]
  strongroom restore --from <destination> [--backup <id>|latest] [--at <time>] [--source <key>] --to <postgres url>|<sqlite file>
                     (--identity <file> | --passphrase-env <VAR>) [--clean] [--force] [--no-owner]
                     [--jobs N] [--no-row-check] [--json]   supabase: [--supabase-url <url>] [--service-role-key-env <VAR>]
                     [--skip-storage | --storage-only]
  strongroom verify  --from <destination> [--backup <id>|latest|all] [--at <time>] [--source <key>] [--level stat|digest|decode|restore]
                     [--identity <file> | --passphrase-env <VAR>] [--restore-into <postgres url>]
                     [--sample N] [--no-record] [--json]
  strongroom rotate  --from <destination> [--keep-last N] [--keep-hourly N] [--keep-daily N]
                     [--keep-weekly N] [--keep-monthly N] [--keep-yearly N] [--keep-within 30d]
                     [--timezone Europe/Berlin] [--period-representative newest|oldest]
                     [--count-verified-only] [--grace-period 1d] [--dry-run] [--json]
  strongroom check   --from <destination> [--max-age 26h] [--max-unverified-age 8d]
                     [--min-count N] [--max-total-size 10GB] [--json]
  strongroom report  --from <destination> [--from …] --out <folder> [--max-age 26h] [--keep-daily N …]
                     [--timezone Europe/Berlin] [--json]   (index.html, badge.svg, status.json)
  strongroom rekey   --from <destination> (--identity <old key file> | --passphrase-env <VAR>)
                     --recipient <new age1…> [--recipient …] [--backup <id>|all] [--dry-run] [--json]
  strongroom notify  --test
  strongroom keygen  [--out <file>]

DATABASE_URL is the default --source. Destinations: a folder path, file:<path>, s3://bucket/prefix,
supabase://bucket/prefix, gdrive://<folder id>, artifact:[prefix] (written inside GitHub Actions; read anywhere with
GITHUB_REPOSITORY or --repository owner/name and GITHUB_TOKEN or GH_TOKEN). --at takes an ISO 8601
time with a zone (2026-11-20T09:00Z) or a date (the end of that day, UTC). Notifications: STRONGROOM_SMTP_URL, STRONGROOM_MAIL_FROM,
STRONGROOM_MAIL_TO, STRONGROOM_NOTIFY_ON, STRONGROOM_WEBHOOK_URL, STRONGROOM_WEBHOOK_SECRET.
Exit codes: 0 ok, 1 internal error, 2 usage, 3 source/database, 4 destination, 5 integrity
(digest, decryption, dump), 6 partial (some destinations failed), 7 check failed, 130 cancelled.
`;
