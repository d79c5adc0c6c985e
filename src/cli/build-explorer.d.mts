/** dist/explorer/, where the bundle goes. */
export declare const explorerDir: string;
/** src/explorer/, the browser code. */
export declare const explorerSources: string;
/** Bundles the explorer; with `ifStale`, only when it is missing or out of date. */
export declare function buildExplorer(options?: { ifStale?: boolean }): Promise<void>;
