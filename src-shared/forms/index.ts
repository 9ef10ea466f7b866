/** The form engine: one validation definition for the kiosk (on Continue) and the intake server. */
export * from './answers';
export * from './conditions';
export * from './messages';
export * from './rules';
export * from './summary';
export * from './types';
export { checkField, inputIdFor, optionsOf, validateField, DEFAULT_TEXT_MAX, MAX_RAW_TEXT } from './validate-field';
export { validateAddress, validateNumber, STREET_MAX } from './validate-parts';
export { validateGroup } from './validate-group';
export * from './validate-form';
export * from './contact';
