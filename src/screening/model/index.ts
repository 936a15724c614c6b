/** The normalised message model: import types from here. */
export type * from './booking';
export type * from './diagnostic';
export type * from './leg';
export type * from './normalised-message';
export type * from './traveller';
export type * from './parse-result';
