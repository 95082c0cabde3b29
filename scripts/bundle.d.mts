export type BundleName = 'server' | 'cli';
/** The bundle's path. */
export declare function bundlePath(name: BundleName): string;
/** Builds a bundle now (the file is replaced whole). */
export declare function build(name: BundleName): Promise<void>;
/** Builds a bundle when anything it is built from is newer than it; its path. */
export declare function buildIfStale(name: BundleName): Promise<string>;
