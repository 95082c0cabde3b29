/**
 * Where evidence files (佐证材料) live: a folder under the data directory, one file per
 * upload named by its id, never by the user's file name. Checksummed on the way in.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '@kaohe/domain';

export interface StoredFile {
  storagePath: string;
  sizeBytes: number;
  sha256: string;
}

export interface EvidenceStore {
  /** Streams to disk; refuses past `maxBytes` and leaves nothing behind. */
  save(stream: Readable, maxBytes: number): Promise<StoredFile>;
  open(storagePath: string): Readable;
  remove(storagePath: string): Promise<void>;
}

export function folderEvidenceStore(root: string): EvidenceStore {
  return {
    async save(stream, maxBytes) {
      await mkdir(root, { recursive: true });
      const name = randomUUID();
      const temp = join(root, `${name}.part`);
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
      try {
        await pipeline(stream, meter, createWriteStream(temp, { flags: 'wx' }));
      } catch (e) {
        await rm(temp, { force: true });
        throw e;
      }
      await rename(temp, join(root, name));
      return { storagePath: name, sizeBytes: size, sha256: hash.digest('hex') };
    },
    open(storagePath) {
      return createReadStream(join(root, storagePath));
    },
    async remove(storagePath) {
      await rm(join(root, storagePath), { force: true });
    },
  };
}

export async function fileExists(root: string, storagePath: string): Promise<boolean> {
  return stat(join(root, storagePath)).then(
    () => true,
    () => false,
  );
}
