import { z } from 'zod';
import { isValidReference } from '../reference/reference';

/** A receipt reference (8 characters, last one a check character), canonical upper case. */
export const referenceSchema = z.string().max(8).refine(isValidReference, 'must be a valid 8-character reference');
