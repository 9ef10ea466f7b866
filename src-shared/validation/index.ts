/** The shared validators: kiosk renderer, Electron main and server all check input the same way. */
export * from './result';
export * from './messages';
export * from './calendar';
export * from './date';
export * from './cccd';
export * from './phone';
export * from './name';
export * from './email';
export { compactDigitInput } from './digit-input';
