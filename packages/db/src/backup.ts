/**
 * Backup and restore in one portable format, so that a backup taken on PGlite restores
 * into PostgreSQL and the other way round, and a person can read it with `zcat`.
 *
 * The file is gzip'd NDJSON (one JSON value per line):
 *   1. a header: format and version, when, from which engine, the migrations the database
 *      had run, and every table in restore order (parents before children) with its
 *      columns, their SQL types and its primary key;
 *   2. per table, in that order, `{"table": name}` and then one JSON array per row, the
 *      values in the header's column order, rows in primary-key order (text keys
 *      compared byte-wise, so both engines write the same order);
 *   3. (format 2) the evidence files: each file once, by content, in sha-256 order:
 *      `{"file": sha256, "size": bytes}` and then its bytes as base64 JSON strings, one
 *      per line (a chunk each);
 *   4. an end line with the row count of every table (and, format 2, the number of
 *      files and their bytes): a file cut short is refused.
 * A format-1 backup (before the evidence was included) still restores: the summary says it
 * holds no files, and the evidence folder must be copied back by hand as before.
 * Values: numeric as text ("4.50", exact), timestamps as ISO text in UTC with an explicit
 * offset and microseconds ("2012-01-15T08:00:00.123456+00:00"), jsonb as the JSON itself
 * in a one-element array (so that JSON null, [null], differs from SQL NULL, null), arrays
 * as JSON arrays, booleans and integers as JSON, everything else as PostgreSQL's
 * text form. The schema is read from the catalogue, so a new table or column is included
 * without touching this file. `kysely_migration*` are not copied: the header's list of
 * migrations stands for them.
 *
 * A backup reads everything in one REPEATABLE READ transaction: one consistent moment,
 * while writes go on (PostgreSQL) or wait (PGlite, which runs one query at a time).
 * A restore runs in one transaction too: it refuses a backup from another schema version
 * and a database that holds data (unless told to replace it), inserts every row through
 * the normal constraints (a damaged file fails and leaves nothing behind), and sets each
 * identity sequence (audit_events.id) past the restored rows.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import type { LocalizedText } from '@kaohe/domain';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { z } from 'zod';
import { appliedMigrations, migrateToLatest, migrateUpTo } from './migrate.ts';
import { migrations as knownMigrations } from './migrations/index.ts';
import type { Database } from './schema.ts';

export const BACKUP_FORMAT = 'kaohe-backup';
/** 2: the evidence files are in the backup (issue 17). 1: the database only. */
export const BACKUP_FORMAT_VERSION = 2;

export type BackupErrorCode =
  | 'NOT_FOUND'
  | 'NOT_A_BACKUP'
  | 'NEWER_FORMAT'
  | 'INCOMPLETE'
  | 'NOT_MIGRATED'
  | 'NEWER_SCHEMA'
  | 'OTHER_SCHEMA'
  | 'NOT_EMPTY'
  | 'BAD_DATA'
  | 'EVIDENCE_MISSING'
  | 'BAD_EVIDENCE';

/** A backup or restore that cannot go ahead, with a message for a person in both languages. */
export class BackupError extends Error {
  readonly code: BackupErrorCode;
  readonly text: LocalizedText;
  constructor(code: BackupErrorCode, text: LocalizedText, options?: { cause?: unknown }) {
    super(`${text.zh} / ${text.en}`, options);
    this.name = 'BackupError';
    this.code = code;
    this.text = text;
  }
}

// --- the schema, read from the catalogue ----------------------------------------------

/** How a column's values are written: decides the select expression and the JSON form. */
type ValueKind = 'json' | 'array' | 'bool' | 'int' | 'timestamptz' | 'timestamp' | 'text';

export interface BackupColumn {
  name: string;
  /** As PostgreSQL prints it: "numeric(6,2)", "timestamp with time zone", "text[]". */
  type: string;
}

export interface BackupTable {
  name: string;
  columns: BackupColumn[];
  primaryKey: string[];
}

interface TableInfo extends BackupTable {
  kinds: ValueKind[];
  /** Columns whose values come from a sequence (GENERATED … AS IDENTITY). */
  identity: string[];
  /** Primary-key columns of a collatable type: ordered by "C", byte-wise, on both engines. */
  collatable: Set<string>;
}

function valueKind(typname: string, category: string): ValueKind {
  if (typname === 'json' || typname === 'jsonb') return 'json';
  if (category === 'A') return 'array';
  if (typname === 'bool') return 'bool';
  if (typname === 'int2' || typname === 'int4' || typname === 'int8') return 'int';
  if (typname === 'timestamptz') return 'timestamptz';
  if (typname === 'timestamp') return 'timestamp';
  return 'text';
}

/** Every table of the current schema but Kysely's own, parents before children. */
async function readSchema(db: Kysely<Database>): Promise<TableInfo[]> {
  const plain = db.withoutPlugins();
  const { rows: columns } = await sql<{
    table_name: string;
    column_name: string;
    type: string;
    typname: string;
    category: string;
    collatable: boolean;
    is_identity: boolean;
  }>`
    select c.relname as table_name, a.attname as column_name,
           format_type(a.atttypid, a.atttypmod) as type, t.typname,
           t.typcategory::text as category, t.typcollation <> 0 as collatable,
           a.attidentity <> '' as is_identity
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid
    join pg_type t on t.oid = a.atttypid
    where n.nspname = current_schema() and c.relkind in ('r', 'p')
      and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      and c.relname not like 'kysely\\_%'
    order by c.relname, a.attnum`.execute(plain);
  // The schema's constraints of one kind ('p' primary key, 'f' foreign key), with their table.
  const constraints = (kind: 'p' | 'f') => sql`(
      select k.conkey, k.confrelid, c.oid as table_oid, c.relname as table_name
      from pg_constraint k
      join pg_class c on c.oid = k.conrelid
      join pg_namespace n on n.oid = c.relnamespace
      where k.contype = ${sql.lit(kind)} and n.nspname = current_schema()
    ) k`;
  const { rows: keys } = await sql<{ table_name: string; column_name: string }>`
    select k.table_name, a.attname as column_name
    from ${constraints('p')}
    cross join lateral unnest(k.conkey) with ordinality as u(attnum, ord)
    join pg_attribute a on a.attrelid = k.table_oid and a.attnum = u.attnum
    order by k.table_name, u.ord`.execute(plain);
  const { rows: references } = await sql<{ child: string; parent: string }>`
    select k.table_name as child, p.relname as parent
    from ${constraints('f')}
    join pg_class p on p.oid = k.confrelid`.execute(plain);

  const tables = new Map<string, TableInfo>();
  for (const c of columns) {
    let table = tables.get(c.table_name);
    if (!table) {
      table = {
        name: c.table_name,
        columns: [],
        primaryKey: [],
        kinds: [],
        identity: [],
        collatable: new Set(),
      };
      tables.set(c.table_name, table);
    }
    table.columns.push({ name: c.column_name, type: c.type });
    table.kinds.push(valueKind(c.typname, c.category));
    if (c.is_identity) table.identity.push(c.column_name);
    if (c.collatable) table.collatable.add(c.column_name);
  }
  for (const k of keys) tables.get(k.table_name)?.primaryKey.push(k.column_name);
  for (const t of tables.values()) {
    for (const name of [...t.collatable])
      if (!t.primaryKey.includes(name)) t.collatable.delete(name);
  }
  return restoreOrder(tables, references);
}

/** Parents before children (Kahn), ties by name, so both engines agree on the order. */
function restoreOrder(
  tables: Map<string, TableInfo>,
  references: ReadonlyArray<{ child: string; parent: string }>,
): TableInfo[] {
  const parents = new Map<string, Set<string>>([...tables.keys()].map((t) => [t, new Set()]));
  for (const r of references) {
    // A table referring to itself needs no order between tables.
    if (r.child !== r.parent && tables.has(r.parent)) parents.get(r.child)?.add(r.parent);
  }
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  while (ordered.length < tables.size) {
    const next = [...tables.keys()]
      .filter((t) => !done.has(t) && [...parents.get(t)!].every((p) => done.has(p)))
      .sort()[0];
    if (next === undefined) throw new Error('foreign keys form a cycle between tables');
    done.add(next);
    ordered.push(tables.get(next)!);
  }
  return ordered;
}

const ident = (name: string) => sql.id(name);

// --- backup ----------------------------------------------------------------------------

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  engine: string;
  migrations: string[];
  tables: BackupTable[];
  /** The evidence files are in it (format 2, taken with an evidence store). */
  evidence: boolean;
}

export interface BackupSummary {
  /** The file written, when a path was given. */
  file: string | null;
  migrations: string[];
  tables: Array<{ name: string; rows: number }>;
  rows: number;
  /** Evidence files included (each content once) and their bytes. */
  files: number;
  fileBytes: number;
}

/**
 * Where a backup reads the evidence files: the server's evidence store (folder or S3),
 * by the storage path its rows name. A missing file is an error on the stream.
 */
export interface EvidenceSource {
  open(storagePath: string): Readable;
  /** For messages: which folder or bucket. */
  readonly where?: string;
}

/** Where a restore writes them: either store, whatever the backup was taken from. */
export interface EvidenceTarget extends EvidenceSource {
  has(storagePath: string): Promise<boolean>;
  /** Whole or not at all: a stream that fails leaves nothing under that name. */
  put(storagePath: string, data: Readable): Promise<void>;
  remove(storagePath: string): Promise<void>;
}

export interface BackupOptions {
  /** Include the evidence files, read from this store. */
  evidence?: EvidenceSource;
}

/** How a value is selected: as text PostgreSQL prints the same way on both engines. */
function selectExpression(column: string, kind: ValueKind): RawBuilder<unknown> {
  const c = ident(column);
  switch (kind) {
    case 'array':
      return sql`to_jsonb(${c})::text`;
    case 'timestamptz':
      return sql`case when isfinite(${c})
        then to_char(${c} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"')
        else ${c}::text end`;
    case 'timestamp':
      return sql`case when isfinite(${c})
        then to_char(${c}, 'YYYY-MM-DD"T"HH24:MI:SS.US') else ${c}::text end`;
    default:
      return sql`${c}::text`;
  }
}

/** One value of a row line; json and arrays arrive as JSON text and go in as they are. */
function encodeValue(text: string | null, kind: ValueKind): string {
  if (text === null) return 'null';
  switch (kind) {
    case 'json':
      // In a one-element array: a jsonb holding JSON null is [null], SQL NULL is null.
      return `[${text}]`;
    case 'array':
      return text;
    case 'bool':
      return text === 'true' ? 'true' : 'false';
    case 'int':
      return Number.isSafeInteger(Number(text)) ? text : JSON.stringify(text);
    default:
      return JSON.stringify(text);
  }
}

const FETCH_ROWS = 2000;

/**
 * Writes a backup of the whole database to `target`: a file path (written beside it
 * first and renamed when complete, readable by its owner only) or a stream (ended when
 * done). Works on both engines; on PGlite other queries wait while it runs.
 */
export async function backupDatabase(
  db: Kysely<Database>,
  target: string | Writable,
  options: BackupOptions = {},
): Promise<BackupSummary> {
  if (typeof target === 'string') return backupToFile(db, target, options);
  const gzip = zlib.createGzip();
  const written = pipeline(gzip, target);
  try {
    const summary = await writeBackup(db, options.evidence ?? null, async (chunk) => {
      if (!gzip.write(chunk)) await Promise.race([once(gzip, 'drain'), written]);
    });
    gzip.end();
    await written;
    return summary;
  } catch (e) {
    gzip.destroy(e as Error);
    await written.catch(() => {});
    throw e;
  }
}

async function backupToFile(
  db: Kysely<Database>,
  file: string,
  options: BackupOptions,
): Promise<BackupSummary> {
  const absolute = path.resolve(file);
  const partial = `${absolute}.partial-${process.pid}`;
  try {
    const summary = await backupDatabase(
      db,
      fs.createWriteStream(partial, { flags: 'wx', mode: 0o600 }),
      options,
    );
    // On disk before it takes the real name: a crash never leaves half a backup there.
    const fd = fs.openSync(partial, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(partial, absolute);
    syncFolder(path.dirname(absolute));
    return { ...summary, file: absolute };
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  }
}

/** The rename itself on disk too (Linux); where a folder cannot be opened, skipped. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Not supported here (Windows): the file is complete on disk, its name may lag.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

interface FileToCopy {
  sha256: string;
  storagePath: string;
  sizeBytes: number;
}

async function writeBackup(
  db: Kysely<Database>,
  evidence: EvidenceSource | null,
  write: (chunk: string) => Promise<void>,
): Promise<BackupSummary> {
  const { summary, counts, files } = await writeTables(db, evidence !== null, write);
  // The files after the database's transaction, so that PGlite (one query at a time) is
  // held only for the rows. A file the snapshot's rows name is kept until a deletion
  // commits; one deleted meanwhile is missing here and the backup fails, saying so.
  let fileBytes = 0;
  for (const f of files) {
    await write(`${JSON.stringify({ file: f.sha256, size: f.sizeBytes })}\n`);
    fileBytes += await copyFile(evidence!, f, write);
  }
  await write(
    `${JSON.stringify({ end: true, rows: counts, ...(evidence ? { files: files.length, fileBytes } : {}) })}\n`,
  );
  return { ...summary, files: files.length, fileBytes };
}

/** One evidence file as base64 lines, checked against the sha-256 and size its row has. */
async function copyFile(
  evidence: EvidenceSource,
  f: FileToCopy,
  write: (chunk: string) => Promise<void>,
): Promise<number> {
  const hash = createHash('sha256');
  let size = 0;
  try {
    for await (const chunk of evidence.open(f.storagePath)) {
      const bytes = chunk as Buffer;
      hash.update(bytes);
      size += bytes.length;
      await write(`${JSON.stringify(bytes.toString('base64'))}\n`);
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new BackupError(
        'EVIDENCE_MISSING',
        {
          zh: `备份失败：佐证文件 ${f.storagePath} 不在存储中（${evidence.where ?? ''}）；若刚有文件被删除，请重试`,
          en: `Backup failed: evidence file ${f.storagePath} is not in the store (${evidence.where ?? ''}); if a file was just deleted, try again`,
        },
        { cause: e },
      );
    }
    throw e;
  }
  const sha256 = hash.digest('hex');
  if (sha256 !== f.sha256 || size !== f.sizeBytes) {
    throw new BackupError('BAD_EVIDENCE', {
      zh: `备份失败：佐证文件 ${f.storagePath} 的内容与上传时不同（sha-256 不符），存储中的文件已损坏`,
      en: `Backup failed: evidence file ${f.storagePath} differs from what was uploaded (sha-256 mismatch); the stored file is damaged`,
    });
  }
  return size;
}

async function writeTables(
  db: Kysely<Database>,
  withEvidence: boolean,
  write: (chunk: string) => Promise<void>,
): Promise<{
  summary: Omit<BackupSummary, 'files' | 'fileBytes'>;
  counts: Record<string, number>;
  files: FileToCopy[];
}> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const plain = trx.withoutPlugins();
      const migrationNames = await appliedMigrations(trx);
      if (migrationNames.length === 0) {
        throw new BackupError('NOT_MIGRATED', {
          zh: '数据库尚未初始化（没有执行过迁移），没有可备份的内容',
          en: 'The database has not been set up (no migrations run); there is nothing to back up',
        });
      }
      const { rows: version } = await sql<{ v: string }>`select version() as v`.execute(plain);
      const tables = await readSchema(trx);
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        createdAt: new Date().toISOString(),
        engine: /emscripten|wasm/i.test(version[0]?.v ?? '') ? 'pglite' : 'postgres',
        migrations: migrationNames,
        tables: tables.map(({ name, columns, primaryKey }) => ({ name, columns, primaryKey })),
        evidence: withEvidence,
      };
      await write(`${JSON.stringify(header)}\n`);

      const counts: Record<string, number> = {};
      for (const table of tables) {
        await write(`${JSON.stringify({ table: table.name })}\n`);
        const select = sql.join(
          table.columns.map(
            (c, i) => sql`${selectExpression(c.name, table.kinds[i]!)} as ${ident(`c${i}`)}`,
          ),
        );
        const orderColumns = table.primaryKey.length
          ? table.primaryKey
          : table.columns.map((c) => c.name);
        const order = sql.join(
          orderColumns.map((c) =>
            table.collatable.has(c) ? sql`${ident(c)} collate "C"` : sql`${ident(c)}`,
          ),
        );
        await sql`declare kaohe_backup no scroll cursor for
          select ${select} from ${ident(table.name)} order by ${order}`.execute(plain);
        let count = 0;
        for (;;) {
          const { rows } = await sql<Record<string, string | null>>`
            fetch forward ${sql.raw(String(FETCH_ROWS))} from kaohe_backup`.execute(plain);
          if (rows.length === 0) break;
          let chunk = '';
          for (const row of rows) {
            const values = table.kinds.map((kind, i) => encodeValue(row[`c${i}`] ?? null, kind));
            chunk += `[${values.join(',')}]\n`;
          }
          count += rows.length;
          await write(chunk);
        }
        await sql`close kaohe_backup`.execute(plain);
        counts[table.name] = count;
      }
      // Each content once: two rows of the same file (uploaded twice) share it.
      const files = withEvidence
        ? await trx
            .selectFrom('evidence')
            .select((eb) => [
              'sha256',
              eb.fn.min('storagePath').as('storagePath'),
              eb.fn.max('sizeBytes').as('sizeBytes'),
            ])
            .where('deletedAt', 'is', null)
            .groupBy('sha256')
            .orderBy('sha256')
            .execute()
        : [];
      const list = tables.map((t) => ({ name: t.name, rows: counts[t.name]! }));
      return {
        summary: {
          file: null,
          migrations: migrationNames,
          tables: list,
          rows: list.reduce((s, t) => s + t.rows, 0),
        },
        counts,
        files: files.map((f) => ({
          sha256: f.sha256,
          storagePath: f.storagePath,
          sizeBytes: Number(f.sizeBytes),
        })),
      };
    });
}

// --- reading a backup ------------------------------------------------------------------

const HeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  createdAt: z.string(),
  engine: z.string(),
  migrations: z.array(z.string()),
  tables: z.array(
    z.object({
      name: z.string(),
      columns: z.array(z.object({ name: z.string(), type: z.string() })),
      primaryKey: z.array(z.string()),
    }),
  ),
  // Absent in format 1: those backups hold no evidence files.
  evidence: z.boolean().default(false),
});

const EndSchema = z.object({
  end: z.literal(true),
  rows: z.record(z.string(), z.number()),
  files: z.number().int().min(0).optional(),
  fileBytes: z.number().int().min(0).optional(),
});

const FileSchema = z.object({
  file: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(0),
});

const notABackup = (why: LocalizedText, cause?: unknown) =>
  new BackupError(
    'NOT_A_BACKUP',
    { zh: `这不是考核系统的备份文件：${why.zh}`, en: `This is not a kaohe backup file: ${why.en}` },
    { cause },
  );

const incomplete = (why: LocalizedText, cause?: unknown) =>
  new BackupError(
    'INCOMPLETE',
    {
      zh: `备份文件不完整或已损坏（${why.zh}），未恢复任何数据`,
      en: `The backup file is incomplete or damaged (${why.en}); nothing was restored`,
    },
    { cause },
  );

/** The lines of a gzip'd file, with zlib's failures said in words. */
async function* gunzipLines(input: Readable): AsyncGenerator<string> {
  const gunzip = zlib.createGunzip();
  const piped = pipeline(input, gunzip).catch(() => {}); // its error reaches the loop below
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let rest = '';
  try {
    for await (const chunk of gunzip) {
      rest += decoder.decode(chunk as Buffer, { stream: true });
      let start = 0;
      for (let i = rest.indexOf('\n'); i >= 0; i = rest.indexOf('\n', start)) {
        yield rest.slice(start, i);
        start = i + 1;
      }
      rest = rest.slice(start);
    }
    rest += decoder.decode();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (e instanceof BackupError) throw e;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') {
      if (/unexpected end/i.test((e as Error).message)) {
        throw incomplete({ zh: '文件在中途截断', en: 'the file ends early' }, e);
      }
      throw notABackup({ zh: '不是 gzip 压缩文件', en: 'not a gzip file' }, e);
    }
    if (e instanceof TypeError) {
      throw notABackup({ zh: '内容不是 UTF-8 文本', en: 'the content is not UTF-8 text' }, e);
    }
    throw e;
  } finally {
    input.destroy();
    await piped;
  }
  if (rest.length > 0) yield rest;
}

function openSource(source: string | Readable): Readable {
  if (typeof source !== 'string') return source;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(source);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new BackupError('NOT_FOUND', {
        zh: `找不到备份文件：${source}`,
        en: `Backup file not found: ${source}`,
      });
    }
    throw e;
  }
  if (!stat.isFile()) {
    throw new BackupError('NOT_FOUND', {
      zh: `不是文件：${source}`,
      en: `Not a file: ${source}`,
    });
  }
  return fs.createReadStream(source);
}

function parseHeader(line: string | undefined): BackupHeader {
  if (line === undefined) throw notABackup({ zh: '文件是空的', en: 'the file is empty' });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw notABackup({ zh: '第一行不是 JSON', en: 'the first line is not JSON' }, e);
  }
  const v = value as { format?: unknown; formatVersion?: unknown };
  if (v === null || typeof v !== 'object' || v.format !== BACKUP_FORMAT) {
    throw notABackup({ zh: '缺少备份文件头', en: 'it has no backup header' });
  }
  if (typeof v.formatVersion === 'number' && v.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError('NEWER_FORMAT', {
      zh: `备份文件格式版本为${v.formatVersion}，本程序只能读取版本${BACKUP_FORMAT_VERSION}：请先升级系统`,
      en: `The backup file has format version ${v.formatVersion}; this program reads version ${BACKUP_FORMAT_VERSION}: upgrade it first`,
    });
  }
  const parsed = HeaderSchema.safeParse(value);
  if (!parsed.success) {
    throw notABackup({ zh: '文件头已损坏', en: 'its header is damaged' }, parsed.error);
  }
  return parsed.data;
}

/** The header of a backup file: when, from which engine, which migrations, which tables. */
export async function readBackupHeader(source: string | Readable): Promise<BackupHeader> {
  const lines = gunzipLines(openSource(source));
  try {
    return parseHeader((await lines.next()).value ?? undefined);
  } finally {
    await lines.return(undefined);
  }
}

// --- restore ---------------------------------------------------------------------------

export interface RestoreOptions {
  /**
   * Replace what the database holds (`pnpm kaohe db restore --force`). Without it a
   * database with any row is refused. The audit trail is replaced by the backup's.
   */
  replace?: boolean;
  /**
   * Where the backup's evidence files go (either store). Without it they are still read
   * and checked against their sha-256, and written nowhere (`db verify`).
   */
  evidence?: EvidenceTarget;
}

export interface RestoreSummary {
  header: BackupHeader;
  tables: Array<{ name: string; rows: number }>;
  rows: number;
  /** Tables that held rows and were emptied first (with `replace`). */
  replaced: string[];
  /** Migrations run on a new database before the restore (to the backup's version) and after it. */
  migrated: { before: string[]; after: string[] };
  /**
   * The evidence files: whether the backup has them (false: a format-1 backup, whose files
   * must be copied back by hand), how many contents and bytes were checked, how many
   * files were written and how many were already in the store.
   */
  evidence: { included: boolean; files: number; bytes: number; written: number; present: number };
}

function newerSchema(header: BackupHeader): BackupError | null {
  const unknown = header.migrations.filter((m) => !(m in knownMigrations));
  if (unknown.length === 0) return null;
  return new BackupError('NEWER_SCHEMA', {
    zh: `备份来自更新版本的系统（本程序不认识数据库迁移 ${unknown.join('、')}）：请先升级系统再恢复`,
    en: `The backup comes from a newer version of the system (migration ${unknown.join(', ')} is unknown here): upgrade first, then restore`,
  });
}

/** The backup's schema is the database's: the same migrations, tables, columns and types. */
function checkSchema(header: BackupHeader, applied: string[], tables: TableInfo[]): void {
  const newer = newerSchema(header);
  if (newer) throw newer;
  if (applied.length === 0) {
    throw new BackupError('NOT_MIGRATED', {
      zh: '目标数据库尚未初始化（没有执行过迁移）',
      en: 'The target database has not been set up (no migrations run)',
    });
  }
  const last = (list: string[]) => list.at(-1) ?? '—';
  if (applied.join('\n') !== header.migrations.join('\n')) {
    throw new BackupError('OTHER_SCHEMA', {
      zh: `备份的数据库版本（迁移至 ${last(header.migrations)}）与目标数据库（迁移至 ${last(applied)}）不同：请恢复到一个新的空数据库，恢复时会先迁移到备份的版本，恢复后再升级到最新`,
      en: `The backup's database version (migrated to ${last(header.migrations)}) differs from the target's (migrated to ${last(applied)}): restore into a new, empty database, which is brought to the backup's version first and to the latest after`,
    });
  }
  const problems: string[] = [];
  const target = new Map(tables.map((t) => [t.name, t]));
  for (const t of header.tables) {
    const mine = target.get(t.name);
    if (!mine) {
      problems.push(`table ${t.name}`);
      continue;
    }
    const types = new Map(mine.columns.map((c) => [c.name, c.type]));
    for (const c of t.columns) {
      if (types.get(c.name) !== c.type) problems.push(`${t.name}.${c.name} ${c.type}`);
      types.delete(c.name);
    }
    for (const [name, type] of types)
      problems.push(`${t.name}.${name} ${type} (not in the backup)`);
    target.delete(t.name);
  }
  for (const name of target.keys()) problems.push(`table ${name} (not in the backup)`);
  if (problems.length > 0) {
    const list = problems.slice(0, 5).join('; ') + (problems.length > 5 ? '; …' : '');
    throw new BackupError('OTHER_SCHEMA', {
      zh: `备份的表结构与目标数据库不同：${list}`,
      en: `The backup's tables differ from the target database's: ${list}`,
    });
  }
}

/**
 * How the INSERT reads value `i` of a row `r` (a jsonb array, as the file has it): the
 * database parses the file's JSON itself, so numbers inside jsonb stay exactly as written.
 */
function insertExpression(i: number, kind: ValueKind, type: string): RawBuilder<unknown> {
  const at = sql.lit(i);
  const t = sql.raw(type); // from this database's catalogue, never from the file
  switch (kind) {
    case 'json':
      // Tested with jsonb_typeof: ('null'::jsonb -> 0) is not SQL NULL on every version.
      return sql`case when jsonb_typeof(r -> ${at}) = 'array' then ((r -> ${at}) -> 0)::${t} end`;
    case 'array':
      // One-dimensional arrays: every table here has only those.
      return sql`case when jsonb_typeof(r -> ${at}) = 'array'
        then array(select jsonb_array_elements_text(r -> ${at}))::${t} end`;
    default:
      return sql`(r ->> ${at})::${t}`;
  }
}

/** Row text per INSERT: a few statements for big tables, little memory. */
const BYTES_PER_INSERT = 1 << 20;

/**
 * Restores a backup into this database, in one transaction. The database must be at the
 * backup's schema version and empty, unless `replace` is set. A database that has never
 * been migrated (a new PGlite folder or PostgreSQL database) is first migrated to the
 * backup's version and, after the restore, to the latest; if the restore then fails,
 * that database stays migrated and empty.
 */
export async function restoreDatabase(
  db: Kysely<Database>,
  source: string | Readable,
  options: RestoreOptions = {},
): Promise<RestoreSummary> {
  const lines = gunzipLines(openSource(source));
  let lineNo = 1;
  try {
    const header = parseHeader((await lines.next()).value ?? undefined);
    const migrated = { before: [] as string[], after: [] as string[] };
    if ((await appliedMigrations(db)).length === 0) {
      const newer = newerSchema(header);
      if (newer) throw newer;
      const target = header.migrations.at(-1);
      if (target) migrated.before = await migrateUpTo(db, target);
    }
    const target = options.evidence ?? null;
    /** Files this restore created: removed again if it fails. */
    const created: string[] = [];
    const evidence = { included: header.evidence, files: 0, bytes: 0, written: 0, present: 0 };
    const result = await db
      .transaction()
      .execute(async (trx) => {
        const plain = trx.withoutPlugins();
        const tables = await readSchema(trx);
        checkSchema(header, await appliedMigrations(trx), tables);
        const byName = new Map(tables.map((t) => [t.name, t]));
        // Nobody else reads or writes while the database is replaced (PostgreSQL; PGlite
        // has one connection anyway).
        await sql`lock table ${sql.join(tables.map((t) => ident(t.name)))}
        in access exclusive mode`.execute(plain);
        const replaced = await emptyTables(plain, tables, options.replace === true);

        const counts = new Map<string, number>();
        let table: TableInfo | null = null;
        let columns: Array<{ name: string; type: string; kind: ValueKind }> = [];
        let batch: string[] = [];
        let batchBytes = 0;
        let batchStart = 0;
        let batchEnd = 0;
        let end: z.infer<typeof EndSchema> | null = null;
        const expected = header.tables.map((t) => t.name);

        const flush = async () => {
          if (!table || batch.length === 0) return;
          const name = table.name;
          const overriding = table.identity.length ? sql`overriding system value` : sql``;
          const values = sql.join(columns.map((c, i) => insertExpression(i, c.kind, c.type)));
          try {
            await sql`insert into ${ident(name)} (${sql.join(columns.map((c) => ident(c.name)))})
            ${overriding} select ${values}
            from jsonb_array_elements(${`[${batch.join(',')}]`}::text::jsonb) as e(r)`.execute(
              plain,
            );
          } catch (e) {
            const detail = [(e as Error).message, (e as { detail?: string }).detail]
              .filter(Boolean)
              .join(' — ');
            throw new BackupError(
              'BAD_DATA',
              {
                zh: `恢复失败，未恢复任何数据：表 ${name}（备份文件第${batchStart}–${batchEnd}行）：${detail}`,
                en: `Restore failed, nothing was restored: table ${name} (lines ${batchStart}–${batchEnd} of the backup): ${detail}`,
              },
              { cause: e },
            );
          }
          counts.set(name, (counts.get(name) ?? 0) + batch.length);
          batch = [];
          batchBytes = 0;
        };
        const bad = (why: string) =>
          incomplete({ zh: `第${lineNo}行：${why}`, en: `line ${lineNo}: ${why}` });

        // --- the evidence files (format 2), after every table
        /** Storage paths of the live rows restored, by content. */
        let needed: Map<string, string[]> | null = null;
        const seen = new Set<string>();
        const loadNeeded = async () => {
          const rows = await trx
            .selectFrom('evidence')
            .select(['sha256', 'storagePath'])
            .where('deletedAt', 'is', null)
            .orderBy('storagePath')
            .execute();
          const map = new Map<string, string[]>();
          for (const r of rows) map.set(r.sha256, [...(map.get(r.sha256) ?? []), r.storagePath]);
          return map;
        };
        let current: {
          sha256: string;
          size: number;
          hash: ReturnType<typeof createHash>;
          bytes: number;
          pass: PassThrough | null;
          putting: Promise<void> | null;
          paths: string[];
          startLine: number;
        } | null = null;
        const damaged = (sha256: string, startLine: number, why: LocalizedText) =>
          new BackupError('BAD_EVIDENCE', {
            zh: `备份中的佐证文件已损坏（sha-256 ${sha256.slice(0, 12)}…，第${startLine}行起：${why.zh}），未恢复任何数据`,
            en: `An evidence file in the backup is damaged (sha-256 ${sha256.slice(0, 12)}…, from line ${startLine}: ${why.en}); nothing was restored`,
          });
        const finishFile = async () => {
          if (!current) return;
          const f = current;
          current = null;
          const sha256 = f.hash.digest('hex');
          const problem: LocalizedText | null =
            f.bytes !== f.size
              ? {
                  zh: `应为${f.size}字节，实为${f.bytes}字节`,
                  en: `${f.bytes} bytes, not ${f.size}`,
                }
              : sha256 !== f.sha256
                ? { zh: '内容与 sha-256 不符', en: 'its content does not match its sha-256' }
                : null;
          if (problem) {
            // The store's put fails with its stream and keeps nothing under the name.
            f.pass?.destroy(damaged(f.sha256, f.startLine, problem));
            await f.putting?.catch(() => {});
            throw damaged(f.sha256, f.startLine, problem);
          }
          f.pass?.end();
          await f.putting;
          evidence.files++;
          evidence.bytes += f.bytes;
          // The same content under further names (the same file uploaded twice).
          const [first, ...more] = f.paths;
          for (const p of more) {
            if (await target!.has(p)) {
              evidence.present++;
              continue;
            }
            await target!.put(p, target!.open(first!));
            created.push(p);
            evidence.written++;
          }
        };
        const startFile = async (file: z.infer<typeof FileSchema>) => {
          await finishFile();
          needed ??= await loadNeeded();
          if (seen.has(file.file)) throw bad(`file ${file.file} twice`);
          seen.add(file.file);
          const paths = target ? (needed.get(file.file) ?? []) : [];
          let pass: PassThrough | null = null;
          let putting: Promise<void> | null = null;
          if (paths.length > 0) {
            if (await target!.has(paths[0]!)) {
              // The same name is the same upload: what a restore into its own store finds.
              evidence.present++;
            } else {
              pass = new PassThrough();
              created.push(paths[0]!);
              putting = target!.put(paths[0]!, pass).then(() => {
                evidence.written++;
              });
              // Seen by the await in finishFile; this keeps it from being "unhandled" meanwhile.
              putting.catch(() => {});
            }
          }
          current = {
            sha256: file.file,
            size: file.size,
            hash: createHash('sha256'),
            bytes: 0,
            pass,
            putting,
            paths,
            startLine: lineNo,
          };
        };
        const fileData = async (base64: string) => {
          if (!current) throw bad('file data before a file line');
          const bytes = Buffer.from(base64, 'base64');
          current.hash.update(bytes);
          current.bytes += bytes.length;
          if (current.pass && !current.pass.write(bytes)) {
            await Promise.race([once(current.pass, 'drain'), current.putting]);
          }
        };

        for await (const line of lines) {
          lineNo++;
          if (line === '') continue;
          if (end) throw bad('data after the end line');
          let value: unknown;
          try {
            value = JSON.parse(line);
          } catch (e) {
            throw incomplete({ zh: `第${lineNo}行不是 JSON`, en: `line ${lineNo} is not JSON` }, e);
          }
          if (Array.isArray(value)) {
            if (!table) throw bad('a row before any table');
            if (value.length !== columns.length) {
              throw bad(
                `${value.length} values, table ${table.name} has ${columns.length} columns`,
              );
            }
            if (batch.length === 0) batchStart = lineNo;
            batch.push(line);
            batchEnd = lineNo;
            batchBytes += line.length;
            if (batchBytes >= BYTES_PER_INSERT) await flush();
            continue;
          }
          if (typeof value === 'string') {
            await fileData(value);
            continue;
          }
          const marker = value as { table?: unknown; end?: unknown; file?: unknown };
          if (marker !== null && typeof marker === 'object' && 'file' in marker) {
            const parsedFile = FileSchema.safeParse(value);
            if (!parsedFile.success) throw bad('a damaged file line');
            await flush();
            await startFile(parsedFile.data);
            continue;
          }
          if (typeof marker?.table === 'string') {
            if (needed) throw bad(`table ${marker.table} after the files`);
            await flush();
            if (marker.table !== expected[counts.size]) {
              throw bad(`table ${marker.table} out of order (expected ${expected[counts.size]})`);
            }
            table = byName.get(marker.table)!;
            const spec = header.tables.find((t) => t.name === marker.table)!;
            columns = spec.columns.map((c) => {
              const i = table!.columns.findIndex((tc) => tc.name === c.name);
              return { name: c.name, type: table!.columns[i]!.type, kind: table!.kinds[i]! };
            });
            counts.set(marker.table, 0);
            continue;
          }
          const parsedEnd = EndSchema.safeParse(value);
          if (!parsedEnd.success) throw bad('neither a row, a table nor the end line');
          await flush();
          await finishFile();
          end = parsedEnd.data;
        }
        if (!end) throw incomplete({ zh: '缺少结束行', en: 'the end line is missing' });
        if (header.evidence) {
          if ((end.files ?? 0) !== seen.size) {
            throw incomplete({
              zh: `应有${end.files ?? 0}个佐证文件，读到${seen.size}个`,
              en: `there should be ${end.files ?? 0} evidence files, found ${seen.size}`,
            });
          }
          needed ??= await loadNeeded();
          const absent = [...needed.keys()].filter((sha) => !seen.has(sha));
          if (absent.length > 0) {
            throw incomplete({
              zh: `缺少${absent.length}个佐证文件（如 ${needed.get(absent[0]!)![0]}）`,
              en: `${absent.length} evidence file(s) are missing (e.g. ${needed.get(absent[0]!)![0]})`,
            });
          }
        }
        for (const name of expected) {
          if ((counts.get(name) ?? -1) !== end.rows[name]) {
            throw incomplete({
              zh: `表 ${name} 应有${end.rows[name]}行，读到${counts.get(name) ?? 0}行`,
              en: `table ${name} should have ${end.rows[name]} rows, found ${counts.get(name) ?? 0}`,
            });
          }
        }
        // New rows continue after the restored ones (audit_events.id, login_attempts.id).
        for (const t of tables) {
          for (const column of t.identity) {
            await sql`select setval(
              pg_get_serial_sequence(quote_ident(${t.name}), ${column}),
              coalesce((select max(${ident(column)}) from ${ident(t.name)}), 0) + 1,
              false)`.execute(plain);
          }
        }
        const list = expected.map((name) => ({ name, rows: counts.get(name)! }));
        return { list, replaced };
      })
      .catch(async (e: unknown) => {
        // Nothing was restored: neither are the files it wrote (never one that was there).
        for (const p of created) await target?.remove(p).catch(() => {});
        throw e;
      });
    migrated.after = migrated.before.length > 0 ? await migrateToLatest(db) : [];
    return {
      header,
      tables: result.list,
      rows: result.list.reduce((s, t) => s + t.rows, 0),
      replaced: result.replaced,
      migrated,
      evidence,
    };
  } finally {
    await lines.return(undefined);
  }
}

/**
 * Refuses a database that holds rows, or (replace) empties every table. TRUNCATE is what
 * the audit trail refuses by trigger, so for this one statement its TRUNCATE triggers are
 * disabled and then enabled again, inside the restore's transaction. That is safe: the
 * transaction holds every table in ACCESS EXCLUSIVE mode, so no other session can write,
 * read, or see the trigger disabled; the change is undone by the ENABLE before the commit,
 * or by the rollback if anything fails. It needs the table's owner (the account that ran
 * the migrations), and it removes only what the backup's trail is about to replace.
 */
async function emptyTables(
  plain: Kysely<Database>,
  tables: TableInfo[],
  replace: boolean,
): Promise<string[]> {
  const nonEmpty: string[] = [];
  for (const t of tables) {
    const { rows } = await sql<{ any: boolean }>`
      select exists (select 1 from ${ident(t.name)}) as any`.execute(plain);
    if (rows[0]?.any) nonEmpty.push(t.name);
  }
  if (nonEmpty.length === 0) return [];
  if (!replace) {
    const list = nonEmpty.slice(0, 6).join(', ') + (nonEmpty.length > 6 ? ', …' : '');
    throw new BackupError('NOT_EMPTY', {
      zh: `目标数据库已有数据（${list}），未恢复：请恢复到一个新的空数据库，或确认要用备份替换现有全部数据（包括审计记录）时加 --force`,
      en: `The target database already holds data (${list}); nothing was restored: restore into a new, empty database, or add --force to replace all of its data (the audit trail included) with the backup`,
    });
  }
  const { rows: triggers } = await sql<{ table_name: string; trigger: string; enabled: string }>`
    select c.relname as table_name, t.tgname as trigger, t.tgenabled::text as enabled
    from pg_trigger t
    join pg_class c on c.oid = t.tgrelid
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and not t.tgisinternal
      and (t.tgtype & 32) <> 0 and t.tgenabled <> 'D'`.execute(plain); // 32: TRUNCATE
  for (const t of triggers) {
    await sql`alter table ${ident(t.table_name)} disable trigger ${ident(t.trigger)}`.execute(
      plain,
    );
  }
  await sql`truncate table ${sql.join(tables.map((t) => ident(t.name)))}`.execute(plain);
  for (const t of triggers) {
    const how =
      t.enabled === 'A'
        ? sql`enable always`
        : t.enabled === 'R'
          ? sql`enable replica`
          : sql`enable`;
    await sql`alter table ${ident(t.table_name)} ${how} trigger ${ident(t.trigger)}`.execute(plain);
  }
  return nonEmpty;
}

// --- scheduled backups -----------------------------------------------------------------

const ROTATING_NAME = /^kaohe-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.ndjson\.gz$/;

/** `kaohe-2026-01-24T13-37-00-123Z.ndjson.gz`: UTC, sorts by time. */
export function rotatingBackupName(at: Date): string {
  return `kaohe-${at.toISOString().replace(/[:.]/g, '-')}.ndjson.gz`;
}

export interface RotatingBackupResult extends BackupSummary {
  file: string;
  /** Older backups removed to keep `keep`. */
  deleted: string[];
}

/**
 * For cron or a systemd timer: writes a timestamped backup into `dir`, then deletes the
 * oldest of this function's backups beyond the newest `keep` (other files are left
 * alone). Nothing is deleted unless the new backup was written.
 */
export async function writeRotatingBackup(
  db: Kysely<Database>,
  dir: string,
  keep: number,
  now: () => Date = () => new Date(),
  options: BackupOptions = {},
): Promise<RotatingBackupResult> {
  if (!Number.isInteger(keep) || keep < 1) throw new RangeError('keep must be an integer ≥ 1');
  fs.mkdirSync(dir, { recursive: true });
  let at = now();
  while (fs.existsSync(path.join(dir, rotatingBackupName(at)))) at = new Date(at.getTime() + 1);
  const summary = await backupDatabase(db, path.join(dir, rotatingBackupName(at)), options);
  const ours = fs
    .readdirSync(dir)
    .filter((f) => ROTATING_NAME.test(f))
    .sort();
  const deleted = ours.slice(0, Math.max(0, ours.length - keep)).map((f) => path.join(dir, f));
  for (const f of deleted) fs.rmSync(f, { force: true });
  return { ...summary, file: summary.file!, deleted };
}
