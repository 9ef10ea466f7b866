export * from './localized-text';
export * from './option-sets';
export * from './form-schema';
export * from './procedure-schema';
export * from './catalog-schema';
export * from './load-catalog';
export { fieldConditions } from './condition';
export { formatPath } from './form-checks';
