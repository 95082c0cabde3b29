export type BundleName = 'server' | 'cli';
/** The bundle's path. */
export declare function bundlePath(name: BundleName): string;
/** Builds a bundle when anything it is built from is newer than it; its path. */
export declare function buildIfStale(name: BundleName): Promise<string>;
