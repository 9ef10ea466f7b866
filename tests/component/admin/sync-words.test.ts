import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src-renderer/i18n/i18n';
import { syncViewSchema } from '../../../src-renderer/sync/messages';
import { ERROR_CODES } from '../../../src-shared/protocol';

const problems = syncViewSchema.shape.problem.unwrap().options;

describe('words for what the sync engine reports', () => {
  for (const language of ['vi', 'en'] as const) {
    const i18n = createI18n(language);
    it(`has plain ${language} words for every connection problem and every reason the server refuses an application`, () => {
      expect(problems.length).toBeGreaterThan(5);
      for (const problem of problems) expect(i18n.exists(`sync.problem.${problem}`), problem).toBe(true);
      for (const code of [...ERROR_CODES, 'other']) expect(i18n.exists(`sync.attention.${code}`), code).toBe(true);
    });
  }
});
