/**
 * The benchmark database: random word text, JSON documents and incompressible bytes, generated
 * server-side with generate_series. pgbench-style padding compresses ~100:1 and would hide the
 * cost of compression and encryption; this mix dumps to about 3–4:1 under zstd -3, like real data.
 */
import pg from "pg";

/** Bump when the generator changes: a database with another marker is rebuilt. */
const GENERATOR_VERSION = 1;
const POOL_ROWS = 65536; // about 24 MB of word text, far larger than zstd -3's 2 MiB window
const BATCH_BYTES = 48 * 2 ** 20;

export interface BenchDatabase {
  readonly name: string;
  readonly url: string;
  readonly bytes: number;
  readonly reused: boolean;
  readonly buildSeconds?: number;
}

interface TableSpec {
  readonly name: string;
  /** Share of the target size this table's heap takes (indexes add the rest). */
  readonly share: number;
  readonly create: string;
  /** Inserts rows with ids $1..$2. */
  readonly insert: string;
}

const USER_AGENTS = [
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
  "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
  "curl/8.5.0",
];

/** 16 SHA-512 blocks of distinct inputs: 1 KiB of bytes no compressor can shrink. */
const RANDOM_KIB = Array.from({ length: 16 }, (_, i) => `sha512(int8send(g * 16 + ${i}))`).join(" || ");

const TABLES: readonly TableSpec[] = [
  {
    name: "documents",
    share: 0.4,
    create: `create table documents (id bigint not null, author_id int not null, title text not null,
      body text not null, created_at timestamptz not null)`,
    insert: `insert into documents
      select g, hashint8(g) & 65535, initcap(left(c.body, 20 + (g % 50)::int)), a.body || '. ' || b.body || '.',
        timestamptz '2020-01-01' + make_interval(secs => (hashint8(g * 3) & 134217727)::float8)
      from generate_series($1::bigint, $2::bigint) g
      join bench_gen.pool a on a.id = hashint8(g) & ${POOL_ROWS - 1}
      join bench_gen.pool b on b.id = hashint8(-g) & ${POOL_ROWS - 1}
      join bench_gen.pool c on c.id = hashint8(g * 7) & ${POOL_ROWS - 1}`,
  },
  {
    name: "events",
    share: 0.33,
    create: `create table events (id bigint not null, user_id int not null, kind text not null,
      at timestamptz not null, payload jsonb not null)`,
    insert: `insert into events
      select g, hashint8(g) & 1048575,
        (array['page_view','click','search','purchase','signup','login','logout','error'])[1 + (hashint8(g * 5) & 7)],
        timestamptz '2024-01-01' + make_interval(secs => (g / 4)::float8),
        jsonb_build_object(
          'session', md5(g::text),
          'ip', concat_ws('.', 10, hashint8(g) & 255, hashint8(g * 9) & 255, hashint8(g * 11) & 255),
          'amount', round((random() * 1000)::numeric, 2),
          'items', jsonb_build_array(hashint8(g * 13) & 9999, hashint8(g * 17) & 9999, hashint8(g * 19) & 9999),
          'ok', random() < 0.9,
          'latency_ms', round(random() * random() * 3000),
          'query', left(a.body, 10 + (g % 90)::int),
          'user_agent', (array[${USER_AGENTS.map((ua) => `'${ua}'`).join(",")}])[1 + (hashint8(g * 23) & 3)])
      from generate_series($1::bigint, $2::bigint) g
      join bench_gen.pool a on a.id = hashint8(g * 29) & ${POOL_ROWS - 1}`,
  },
  {
    name: "attachments",
    share: 0.22,
    create: `create table attachments (id bigint not null, document_id bigint not null, mime text not null,
      sha256 text not null, data bytea not null)`,
    insert: `insert into attachments
      select g, hashint8(g) & 16777215,
        (array['image/png','image/jpeg','application/pdf','application/zip'])[1 + (hashint8(g * 3) & 3)],
        encode(sha256(int8send(g)), 'hex'),
        substring(${RANDOM_KIB} from 1 for 256 + (hashint8(g * 5) & 767))
      from generate_series($1::bigint, $2::bigint) g`,
  },
];

const INDEXES = [
  "alter table documents add primary key (id)",
  "alter table events add primary key (id)",
  "alter table attachments add primary key (id)",
  "create index events_user_at on events (user_id, at)",
  "create index attachments_document on attachments (document_id)",
];

/** Word text from a 4096-word vocabulary with a skewed (roughly Zipf) distribution. */
const POOL_SQL = `create table bench_gen.pool as
  select g as id, (
    select string_agg(substr(md5(w::text), 1, 2 + (w & 7)), ' ')
    from (select floor(power(4096, random()))::int as w from generate_series(1, 20 + (g % 60)) where g >= 0) words
  ) as body
  from generate_series(0, ${POOL_ROWS - 1}) g`;

function marker(bytes: number): string {
  return `strongroom-bench v${GENERATOR_VERSION} target=${bytes}`;
}

function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

async function client(url: string): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  return c;
}

export async function withClient<T>(url: string, body: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = await client(url);
  try {
    return await body(c);
  } finally {
    await c.end().catch(() => {});
  }
}

/** Runs `work` over `items` with at most `limit` at once, pulling from one shared iterator. */
async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  const iterator = items[Symbol.iterator]();
  const worker = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) await work(next.value);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

async function fillTable(
  url: string,
  table: TableSpec,
  targetBytes: number,
  log: (line: string) => void,
): Promise<void> {
  await withClient(url, async (c) => {
    const goal = targetBytes * table.share;
    let nextId = 1;
    let rows = 20_000;
    for (;;) {
      await c.query(table.insert, [nextId, nextId + rows - 1]);
      nextId += rows;
      const { rows: size } = await c.query<{ bytes: string }>("select pg_relation_size($1::regclass) as bytes", [
        table.name,
      ]);
      const bytes = Number(size[0]!.bytes);
      if (bytes >= goal) break;
      const perRow = bytes / (nextId - 1);
      rows = Math.max(1000, Math.min(Math.round(BATCH_BYTES / perRow), Math.ceil((goal - bytes) / perRow)));
      log(`  ${table.name}: ${(bytes / 2 ** 20).toFixed(0)} of ${(goal / 2 ** 20).toFixed(0)} MiB`);
    }
  });
}

/** Returns the benchmark database for `targetBytes`, building it unless a matching one exists. */
export async function ensureBenchDatabase(
  server: string,
  label: string,
  targetBytes: number,
  options: { rebuild: boolean; log: (line: string) => void },
): Promise<BenchDatabase> {
  const name = `strongroom_bench_${label.toLowerCase().replace(/[^a-z0-9]/g, "")}`;
  const url = `${server}/${name}`;
  const admin = `${server}/postgres`;
  const existing = await withClient(admin, async (c) => {
    const { rows } = await c.query<{ comment: string | null; bytes: string }>(
      "select shobj_description(oid, 'pg_database') as comment, pg_database_size(oid) as bytes from pg_database where datname = $1",
      [name],
    );
    return rows[0];
  });
  if (existing && existing.comment === marker(targetBytes) && !options.rebuild) {
    return { name, url, bytes: Number(existing.bytes), reused: true };
  }
  const started = performance.now();
  options.log(`Building ${name} (${label}); it is kept and reused by later runs`);
  await withClient(admin, async (c) => {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name}`);
  });
  await withClient(url, async (c) => {
    await c.query("create schema bench_gen");
    for (const table of TABLES) await c.query(table.create);
    options.log("  word pool…");
    await c.query(POOL_SQL);
  });
  // Two connections: one per core; the biggest tables start first.
  await pool(TABLES, 2, (table) => fillTable(url, table, targetBytes, options.log));
  options.log("  indexes…");
  await pool(INDEXES, 2, (sql) => withClient(url, (c) => c.query(sql).then(() => {})));
  await withClient(url, async (c) => {
    await c.query("drop schema bench_gen cascade");
    await c.query("vacuum analyze");
    await c.query("checkpoint");
  });
  const bytes = await withClient(admin, async (c) => {
    await c.query(`comment on database ${name} is ${quoteLiteral(marker(targetBytes))}`);
    const { rows } = await c.query<{ bytes: string }>("select pg_database_size($1) as bytes", [name]);
    return Number(rows[0]!.bytes);
  });
  return { name, url, bytes, reused: false, buildSeconds: (performance.now() - started) / 1000 };
}
