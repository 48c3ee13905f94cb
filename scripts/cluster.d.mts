import type { ChildProcess } from "node:child_process";
export const NGINX: string;
export function nginxConfig(options: { port: number; upstreams: number[]; dir: string }): string;
export type Cluster = { url: string; databaseUrl: string; ports: number[]; stop: () => void; children: ChildProcess[] };
export function startCluster(options?: { port?: number; instances?: number; env?: Record<string, string>; seed?: boolean; log?: (line: string) => void }): Promise<Cluster>;
