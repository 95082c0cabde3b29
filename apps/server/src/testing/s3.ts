/**
 * A real S3-API server for the tests: `s3rver` (npm) on 127.0.0.1 at a random port, its
 * objects in a temporary folder, one bucket. Started by the suite that needs it and
 * closed after; nothing leaves the machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import type { S3Config } from '../config.ts';
import { s3Client } from '../services/evidence-store-s3.ts';

export interface TestS3 {
  /** A configuration for the bucket with its own prefix, so suites sharing it do not meet. */
  config(prefix?: string): S3Config;
  close(): Promise<void>;
}

export const TEST_BUCKET = 'kaohe-test';

export async function startTestS3(): Promise<TestS3> {
  const directory = mkdtempSync(join(tmpdir(), 'kaohe-s3rver-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', directory, silent: true });
  const { port } = (await server.run()) as { port: number };
  let prefixes = 0;
  const config = (prefix = `evidence-${++prefixes}/`): S3Config => ({
    bucket: TEST_BUCKET,
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    // s3rver's own fixed account.
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
    prefix,
  });
  const client = await s3Client(config());
  await client.send(new CreateBucketCommand({ Bucket: TEST_BUCKET }));
  client.destroy();
  return {
    config,
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
