/** A TCP port on 127.0.0.1 that is free now: for a server, a driver or a provider a test starts. */
export declare function freePort(): Promise<number>;
