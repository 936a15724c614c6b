import type { Linter } from 'eslint';

/** Blocks that keep src/screening/ (but its cli/) free of Nest, TypeORM, Express and the CLI. */
export declare const engineBoundary: Linter.Config[];
/** Blocks that keep src/common/ free of feature modules. */
export declare const commonBoundary: Linter.Config[];
/** A block that keeps `*.service.ts` files free of Express (services take an Actor). */
export declare const serviceBoundary: Linter.Config[];
/** The feature folders under src/ that src/common/ may not import. */
export declare const FEATURES: readonly string[];
