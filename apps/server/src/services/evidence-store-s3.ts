/**
 * The evidence store on S3-compatible object storage (MinIO, Ceph, a cloud's S3), for
 * several server processes behind a load balancer without a shared folder. The same
 * names as the folder store (`<uuid>` under a prefix), so a backup restores into either.
 *
 * An upload is checked and measured on the way in exactly as the folder store does it
 * (first bytes, size limit, sha-256), spooled to a temporary file and only then sent with
 * one PutObject of known length: nothing half-written is ever visible in the bucket (an
 * object appears whole or not at all), and a refused file never leaves the machine.
 * Served back by streaming the object (GetObject) through the server, never by a
 * presigned address: the evidence route checks who may read it, and the bucket stays
 * private.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { S3Client } from '@aws-sdk/client-s3';
import type { S3Config } from '../config.ts';
import {
  type EvidenceStore,
  headGate,
  STORED_NAME,
  type StoredEntry,
  sizeMeter,
} from './evidence-store.ts';

/**
 * The SDK, loaded when a store is opened: the built server bundles our sources only and
 * keeps npm packages external, so a static import would load the SDK at every start.
 */
const sdk = () => import('@aws-sdk/client-s3');

export async function s3Client(config: S3Config): Promise<S3Client> {
  const { S3Client } = await sdk();
  return new S3Client({
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    forcePathStyle: config.forcePathStyle,
    ...(config.accessKeyId && config.secretAccessKey
      ? {
          credentials: {
            accessKeyId: config.accessKeyId,
            secretAccessKey: config.secretAccessKey,
          },
        }
      : {}),
    // Checksums only where S3 requires them: many S3-compatible servers do not know the
    // newer flexible checksums; the sha-256 of every file is ours and in the database.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

const isMissing = (e: unknown) => {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return (
    err.name === 'NoSuchKey' || err.name === 'NotFound' || err.$metadata?.httpStatusCode === 404
  );
};

export async function s3EvidenceStore(config: S3Config): Promise<EvidenceStore> {
  const client = await s3Client(config);
  const {
    DeleteObjectCommand,
    GetObjectCommand,
    HeadObjectCommand,
    ListObjectsV2Command,
    PutObjectCommand,
  } = await sdk();
  const { bucket, prefix } = config;
  const key = (storagePath: string) => `${prefix}${storagePath}`;

  async function putFile(storagePath: string, file: string): Promise<void> {
    const { size } = await stat(file);
    await client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key(storagePath),
        Body: createReadStream(file),
        ContentLength: size,
        ContentType: 'application/octet-stream',
      }),
    );
  }

  /** A private temporary folder for one file, removed whatever happens. */
  async function spooled<T>(work: (file: string) => Promise<T>): Promise<T> {
    const dir = await mkdtemp(join(tmpdir(), 'kaohe-s3-'));
    try {
      return await work(join(dir, 'upload'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  return {
    where: `S3 bucket ${bucket}${prefix ? ` (prefix ${prefix})` : ''}${config.endpoint ? ` at ${config.endpoint}` : ''}`,
    save(stream, maxBytes, head) {
      return spooled(async (file) => {
        const { meter, result } = sizeMeter(maxBytes);
        const sink = createWriteStream(file, { flags: 'wx', mode: 0o600 });
        await (head
          ? pipeline(stream, meter, headGate(head), sink)
          : pipeline(stream, meter, sink));
        const storagePath = randomUUID();
        await putFile(storagePath, file);
        return { storagePath, ...result() };
      });
    },
    open(storagePath) {
      // The interface hands back a stream at once; the object's bytes follow when S3 answers.
      const out = new PassThrough();
      client
        .send(new GetObjectCommand({ Bucket: bucket, Key: key(storagePath) }))
        .then((answer) => {
          const body = answer.Body as Readable | undefined;
          if (!body) throw new Error(`empty answer for ${key(storagePath)}`);
          body.on('error', (e) => out.destroy(e));
          body.pipe(out);
        })
        .catch((e: unknown) => {
          const error = isMissing(e)
            ? Object.assign(new Error(`ENOENT: no such object ${key(storagePath)}`), {
                code: 'ENOENT',
                cause: e,
              })
            : (e as Error);
          out.destroy(error);
        });
      return out;
    },
    async remove(storagePath) {
      // DeleteObject of a missing key succeeds, as rm with force does.
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key(storagePath) }));
    },
    async has(storagePath) {
      try {
        await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key(storagePath) }));
        return true;
      } catch (e) {
        if (isMissing(e)) return false;
        throw e;
      }
    },
    put(storagePath, data) {
      if (!STORED_NAME.test(storagePath) || storagePath.endsWith('.part')) {
        throw new Error(`not an evidence file name: ${storagePath}`);
      }
      // Spooled too: PutObject needs the length before the first byte.
      return spooled(async (file) => {
        await pipeline(data, createWriteStream(file, { flags: 'wx', mode: 0o600 }));
        await putFile(storagePath, file);
      });
    },
    async files() {
      const out: StoredEntry[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
        );
        for (const object of page.Contents ?? []) {
          const name = object.Key?.slice(prefix.length) ?? '';
          // Whole objects only: S3 never shows a partial upload; other keys are not ours.
          if (!STORED_NAME.test(name) || name.endsWith('.part')) continue;
          out.push({
            storagePath: name,
            partial: false,
            modifiedAt: object.LastModified ?? new Date(0),
          });
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return out;
    },
  };
}
