export { sniffFileType, kindOf, SNIFF_BYTES, type SniffedType } from './sniff';
export {
  MB,
  MAX_INPUT_FILE_BYTES,
  MAX_PDF_BYTES,
  MAX_ATTACHMENTS_PER_APPLICATION,
  PHOTO_MAX_LONG_SIDE,
  PHOTO_JPEG_QUALITY,
  megabytes,
  roomFor,
} from './limits';
export { checkFile, checkFileSize, tooManyMessage, type DocumentKind, type FileCheck, type FileFacts } from './check-file';
export { slotError } from './slot-error';
