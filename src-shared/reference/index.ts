/** The provisional receipt reference: 8 characters, last one a check character (see reference.ts). */
export {
  REFERENCE_ALPHABET,
  REFERENCE_LENGTH,
  checkCharacter,
  formatReference,
  generateReference,
  isValidReference,
  normalizeReference,
  type NormalizeReferenceResult,
} from './reference';
