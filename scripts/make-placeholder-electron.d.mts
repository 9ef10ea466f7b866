export declare const FUSE_SENTINEL: string;
export declare const FUSE_WIRE_VERSION: number;
export declare const DEFAULT_FUSE_WIRE: string;
export declare function placeholderElectronBinary(wire?: string): Buffer;
export declare function makePlaceholderElectron(options?: { dir?: string; version?: string; wire?: string }): Promise<string>;
