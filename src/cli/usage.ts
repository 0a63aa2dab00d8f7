export const USAGE = `strongroom — encrypted, verified database backups

  strongroom backup  --source <postgres url> --to <destination> [--to …]
                     (--recipient <age1…> … | --passphrase-env <VAR> | --no-encryption)
                     [--compression zstd|gzip|none] [--level N] [--format custom|plain]
                     [--row-counts exact|estimate] [--pg-bin <dir>] [--json]
  strongroom list    --from <destination> [--json]
  strongroom restore --from <destination> [--backup <id>|latest] --to <postgres url>
                     (--identity <file> | --passphrase-env <VAR>) [--clean] [--force] [--no-owner] [--json]
  strongroom verify  --from <destination> [--backup <id>|latest|all] [--level stat|digest|decode]
                     [--identity <file> | --passphrase-env <VAR>] [--json]
  strongroom keygen  [--out <file>]

DATABASE_URL is the default --source. Destinations: a folder path or file:<path>.
Exit codes: 0 ok, 1 internal error, 2 usage, 3 source/database, 4 destination, 5 integrity
(digest, decryption, dump), 6 partial (some destinations failed), 7 check failed, 130 cancelled.
`;
