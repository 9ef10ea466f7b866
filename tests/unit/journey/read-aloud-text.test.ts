import { describe, expect, it } from 'vitest';
import { procedureSchema, type Procedure } from '../../../src-shared/catalog';
import { findPage } from '../../../src-shared/forms';
import { readAloudText } from '../../../src-renderer/journey/read-aloud-text';
import { readJson } from '../catalog/load-assets';

const birth: Procedure = procedureSchema.parse(readJson('birth-registration.json'));
const page = (id: string) => {
  const found = findPage(birth.form, id);
  if (!found) throw new Error(`no page ${id}`);
  return found;
};

describe('what "Đọc to" reads on a question page', () => {
  it('the copies page: its title, then the question and its hint, each a sentence', () => {
    expect(readAloudText(page('copies'), {}, 'vi')).toBe(
      'Bản sao. Bạn có cần thêm bản sao không? Bản sao dùng khi làm các thủ tục khác, ví dụ nhập học, làm hộ chiếu.',
    );
  });

  it('reads a question only once it is shown: "Số bản sao" after "Có"', () => {
    expect(readAloudText(page('copies'), { wantCopies: false }, 'vi')).not.toContain('Số bản sao');
    expect(readAloudText(page('copies'), { wantCopies: true }, 'vi')).toMatch(/Số bản sao\.$/);
  });

  it('reads in the language on the screen, as NFC', () => {
    const english = readAloudText(page('copies'), { wantCopies: true }, 'en');
    expect(english).toBe('Copies. Do you need extra copies? Copies are used for other procedures, for example school enrolment or a passport. Number of copies.');
    const vietnamese = readAloudText(page(birth.form.pages[0]!.id), {}, 'vi');
    expect(vietnamese).toBe(vietnamese.normalize('NFC'));
    expect(vietnamese.startsWith('Thông tin về bạn, người đi đăng ký. ')).toBe(true);
  });
});
