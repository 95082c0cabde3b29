/**
 * Where evidence files (佐证材料) live: a folder under the data directory (this file), or
 * a bucket of S3-compatible object storage (`evidence-store-s3.ts`, when `KAOHE_S3_BUCKET`
 * is set; see `openEvidenceStore`). One file per upload named by a random id, never by
 * the user's file name, the same name in either store, so a backup of one restores into
 * the other. Checksummed on the way in; the first bytes can be checked before anything is
 * stored. Written as `<id>.part` and renamed when complete, so a name without `.part` is
 * a whole file.
 */
import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '@kaohe/domain';
import type { Config } from '../config.ts';

export interface StoredFile {
  storagePath: string;
  sizeBytes: number;
  sha256: string;
}

/** A check of a file's first bytes; throws to refuse the file. */
export interface HeadCheck {
  /** How many first bytes it wants (fewer when the file is shorter). */
  bytes: number;
  check(head: Buffer): void;
}

export interface StoredEntry {
  storagePath: string;
  /** An upload still being written, or one a crash interrupted. */
  partial: boolean;
  modifiedAt: Date;
}

export interface EvidenceStore {
  /**
   * Streams to disk; refuses past `maxBytes`, or when `head` refuses the first bytes
   * (before any byte is written), and leaves nothing behind.
   */
  save(stream: Readable, maxBytes: number, head?: HeadCheck): Promise<StoredFile>;
  /** The bytes; a missing file is an error on the stream. */
  open(storagePath: string): Readable;
  remove(storagePath: string): Promise<void>;
  /** Whether a whole file has this name (a restore skips what is already there). */
  has(storagePath: string): Promise<boolean>;
  /** Stores under a given name (a restore of a backup); whole or not at all. */
  put(storagePath: string, data: Readable): Promise<void>;
  /** For messages: "folder /srv/kaohe/data/evidence", "S3 bucket kaohe (prefix evidence/)". */
  readonly where: string;
  /** What is in the store: the files it wrote, whole or partial; nothing else in the folder. */
  files(): Promise<StoredEntry[]>;
}

export const STORED_NAME =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\.part)?$/;

/** Holds back the stream until `head.bytes` have arrived (or the end), checks them, then passes all. */
export function headGate(head: HeadCheck): Transform {
  const held: Buffer[] = [];
  let heldBytes = 0;
  let passed = false;
  const release = (gate: Transform) => {
    const all = Buffer.concat(held);
    head.check(all.subarray(0, head.bytes));
    passed = true;
    held.length = 0;
    gate.push(all);
  };
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (passed) return done(null, chunk);
      held.push(chunk);
      heldBytes += chunk.length;
      try {
        if (heldBytes >= head.bytes) release(this);
        done();
      } catch (e) {
        done(e as Error);
      }
    },
    flush(done) {
      try {
        if (!passed) release(this);
        done();
      } catch (e) {
        done(e as Error);
      }
    },
  });
}

/** Counts and hashes what passes; refuses past `maxBytes` (PAYLOAD_TOO_LARGE). */
export function sizeMeter(maxBytes: number) {
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > maxBytes) {
        done(
          new DomainError('PAYLOAD_TOO_LARGE', {
            zh: `文件超过大小上限（${Math.round(maxBytes / 1024 / 1024)}MB）`,
            en: `The file exceeds the size limit (${Math.round(maxBytes / 1024 / 1024)} MB)`,
          }),
        );
        return;
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  return { meter, result: () => ({ sizeBytes: size, sha256: hash.digest('hex') }) };
}

/**
 * Removes a refused upload's partial file. A file stream opens its file asynchronously, and
 * one destroyed before the open completes (a lying file refused on its first bytes) still
 * creates it: removed before its close, the file would reappear, empty, after the refusal.
 */
async function removePartial(sink: WriteStream, path: string): Promise<void> {
  // An error instead of the close: the open failed, and there is no file to wait for.
  if (!sink.closed) await once(sink, 'close').catch(() => {});
  await rm(path, { force: true });
}

export function folderEvidenceStore(root: string): EvidenceStore {
  return {
    async save(stream, maxBytes, head) {
      await mkdir(root, { recursive: true });
      const name = randomUUID();
      const temp = join(root, `${name}.part`);
      const { meter, result } = sizeMeter(maxBytes);
      const sink = createWriteStream(temp, { flags: 'wx' });
      try {
        await (head
          ? pipeline(stream, meter, headGate(head), sink)
          : pipeline(stream, meter, sink));
      } catch (e) {
        await removePartial(sink, temp);
        throw e;
      }
      await rename(temp, join(root, name));
      return { storagePath: name, ...result() };
    },
    open(storagePath) {
      return createReadStream(join(root, storagePath));
    },
    has(storagePath) {
      return fileExists(root, storagePath);
    },
    async put(storagePath, data) {
      if (!STORED_NAME.test(storagePath) || storagePath.endsWith('.part')) {
        throw new Error(`not an evidence file name: ${storagePath}`);
      }
      await mkdir(root, { recursive: true });
      const temp = join(root, `${storagePath}.part`);
      const sink = createWriteStream(temp);
      try {
        await pipeline(data, sink);
      } catch (e) {
        await removePartial(sink, temp);
        throw e;
      }
      await rename(temp, join(root, storagePath));
    },
    where: `folder ${root}`,
    async remove(storagePath) {
      await rm(join(root, storagePath), { force: true });
    },
    async files() {
      const names = await readdir(root).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return [] as string[];
        throw e;
      });
      const out: StoredEntry[] = [];
      for (const name of names) {
        if (!STORED_NAME.test(name)) continue;
        const info = await stat(join(root, name)).catch(() => null);
        if (!info?.isFile()) continue;
        out.push({ storagePath: name, partial: name.endsWith('.part'), modifiedAt: info.mtime });
      }
      return out;
    },
  };
}

export async function fileExists(root: string, storagePath: string): Promise<boolean> {
  return stat(join(root, storagePath)).then(
    () => true,
    () => false,
  );
}

/**
 * The store the configuration names: the S3 bucket when `KAOHE_S3_BUCKET` is set, else the
 * folder `evidence` in the data directory. The AWS SDK is loaded only when it is used.
 */
export async function openEvidenceStore(config: Config): Promise<EvidenceStore> {
  if (config.s3) {
    const { s3EvidenceStore } = await import('./evidence-store-s3.ts');
    return s3EvidenceStore(config.s3);
  }
  return folderEvidenceStore(join(config.dataDir, 'evidence'));
}
