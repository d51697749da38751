import type { ChildProcess } from 'node:child_process';

export declare const SERVER_CLI: string;

export interface LocalIssuer {
  /** UF_OIDC_ISSUER, UF_OIDC_AUDIENCE and UF_OIDC_JWKS_URL for a server that trusts it. */
  env: Record<'UF_OIDC_ISSUER' | 'UF_OIDC_AUDIENCE' | 'UF_OIDC_JWKS_URL', string>;
  sign(subject: string): Promise<string>;
  close(): Promise<void>;
}

export declare function startLocalIssuer(options?: { issuer?: string; audience?: string; kid?: string }): Promise<LocalIssuer>;

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  origin: string;
  logFile: string;
}

export declare function startServerProcess(options: { env: Record<string, string>; logFile: string; cli?: string; timeoutMs?: number }): Promise<ServerProcess>;

export declare function stopServerProcess(server: { child: ChildProcess }): Promise<void>;
