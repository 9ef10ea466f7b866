export * from './paths';
export * from './errors';
export * from './health';
export * from './enrollment';
export * from './submission';
export * from './status-feed';
export * from './reference-schema';
