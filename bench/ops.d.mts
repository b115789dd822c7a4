// Types for ops.mjs (plain JavaScript so that child processes need no TypeScript loader).
export type Op = (i: number) => Promise<void>;
export declare const BENCH_TOKEN: string;
export declare function rawHeaders(version: string): Record<string, string>;
export declare function rawGlobalOp(base: string, version: string): Op;
export declare function rawGlobalTimeoutOp(base: string, version: string): Op;
export declare function rawNodeFetchOp(base: string, version: string, nodeFetch: unknown, agent: unknown): Op;
export declare function rawHttpOp(base: string, version: string, agent: unknown): Op;
export declare function sdkOp(client: { cancelMediaProcessing(call: { callId: string }, body: { clientContext?: string }): Promise<{ status: number; operationId: string }> }): Op;
export declare function runPool(op: Op, n: number, width: number): Promise<void>;
