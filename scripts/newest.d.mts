/** The latest modification time (ms) under `path`, skipping node_modules, dist and dot files; 0 if absent. */
export declare function newest(path: string): number;
