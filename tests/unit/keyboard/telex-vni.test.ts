import { describe, expect, it } from 'vitest';
import { TELEX, TELEX_OLD, VNI, telex, typeFrom, vni } from './helpers';

describe('Telex marks, đ and w', () => {
  it.each([
    ['aa', 'â'], ['ee', 'ê'], ['oo', 'ô'], ['aw', 'ă'], ['ow', 'ơ'], ['uw', 'ư'], ['dd', 'đ'],
    ['w', 'ư'], ['wf', 'ừ'], ['W', 'Ư'], ['nhw', 'như'], ['thwr', 'thử'], ['wowcs', 'ước'],
    ['uow', 'uơ'], ['uown', 'ươn'], ['nguwowif', 'người'], ['nguoiwf', 'người'], ['nguowif', 'người'],
    ['dduwowcj', 'được'], ['dduocwj', 'được'], ['duocwj', 'dược'], ['truwowngf', 'trường'], ['muaw', 'mưa'], ['thuowr', 'thuở'],
    ['ddi', 'đi'], ['did', 'đi'], ['Did', 'Đi'], ['dduwowngf', 'đường'], ['duwowngfd', 'đường'],
  ])('%s → %s', (keys, expected) => {
    expect(telex(keys)).toBe(expected);
  });
});

describe('VNI marks and đ', () => {
  it.each([
    ['a6', 'â'], ['e6', 'ê'], ['o6', 'ô'], ['a8', 'ă'], ['o7', 'ơ'], ['u7', 'ư'], ['d9', 'đ'],
    ['u7o7n', 'ươn'], ['uo7n', 'ươn'], ['u7o7', 'uơ'], ['nguoi72', 'người'], ['d9u7o7c5', 'được'],
    ['duoc795', 'được'], ['di9', 'đi'], ['mu7a', 'mưa'], ['thuo73', 'thuở'],
  ])('%s → %s', (keys, expected) => {
    expect(vni(keys)).toBe(expected);
  });
});

describe('tones typed at the end or right after the vowels', () => {
  it.each([
    ['Tieesng Vieejt', 'Tiếng Việt'], ['Tieengs Vieetj', 'Tiếng Việt'], ['tiesng', 'tiếng'], ['tieengs', 'tiếng'],
    ['hoafn', 'hoàn'], ['hoanf', 'hoàn'], ['Nguyeenx', 'Nguyễn'], ['Nguyeexn', 'Nguyễn'], ['Nguyenx', 'Nguyễn'],
    ['quyeets', 'quyết'], ['gieesng', 'giếng'], ['giuwax', 'giữa'], ['giaf', 'già'], ['gif', 'gì'],
  ])('Telex %s → %s', (keys, expected) => {
    expect(telex(keys)).toBe(expected);
  });

  it.each([
    ['Tie6ng1 Vie6t5', 'Tiếng Việt'], ['Tie61ng Vie65t', 'Tiếng Việt'], ['Tieng61 Viet65', 'Tiếng Việt'],
    ['hoa2n', 'hoàn'], ['hoan2', 'hoàn'], ['Nguyen4', 'Nguyễn'], ['qua3', 'quả'], ['giu74a', 'giữa'],
  ])('VNI %s → %s', (keys, expected) => {
    expect(vni(keys)).toBe(expected);
  });

  it('moves the tone as the word grows: hoà → hoàn (new style), hòa → hoàn (old style)', () => {
    const s = typeFrom({ text: '', caret: 0 }, 'hoaf', TELEX);
    expect(s).toEqual({ text: 'hoà', caret: 3 });
    expect(typeFrom(s, 'n', TELEX)).toEqual({ text: 'hoàn', caret: 4 });
    const old = typeFrom({ text: '', caret: 0 }, 'hoaf', TELEX_OLD);
    expect(old.text).toBe('hòa');
    expect(typeFrom(old, 'n', TELEX_OLD).text).toBe('hoàn');
    expect(typeFrom({ text: '', caret: 0 }, 'khoer', TELEX_OLD).text).toBe('khỏe');
    expect(typeFrom({ text: '', caret: 0 }, 'thuyr', TELEX_OLD).text).toBe('thủy');
    expect(typeFrom({ text: '', caret: 0 }, 'huyts', TELEX_OLD).text).toBe('huýt');
    expect(typeFrom({ text: '', caret: 0 }, 'loets', TELEX_OLD).text).toBe('loét');
  });
});

describe('undo by repeating a key', () => {
  it.each([
    ['aaa', 'aa'], ['eee', 'ee'], ['ooo', 'oo'], ['ass', 'as'], ['aff', 'af'], ['ddd', 'dd'], ['aww', 'aw'],
    ['oww', 'ow'], ['xooong', 'xoong'], ['Tieengss', 'Tiêngs'], ['AAA', 'AA'],
  ])('Telex %s → %s', (keys, expected) => {
    expect(telex(keys)).toBe(expected);
  });

  it.each([
    ['a66', 'a6'], ['a11', 'a1'], ['a88', 'a8'], ['o77', 'o7'], ['d99', 'd9'], ['hoa22', 'hoa2'],
  ])('VNI %s → %s', (keys, expected) => {
    expect(vni(keys)).toBe(expected);
  });
});

describe('removing and changing the tone', () => {
  it.each([
    ['asz', 'a'], ['hoafz', 'hoa'], ['az', 'az'], ['aszz', 'az'], ['hoafs', 'hoá'], ['tiengsf', 'tiềng'],
    ['Vieejts', 'Viết'], ['mootj', 'một'],
  ])('Telex %s → %s', (keys, expected) => {
    expect(telex(keys)).toBe(expected);
  });

  it.each([['a10', 'a'], ['hoa20', 'hoa'], ['a0', 'a0'], ['hoa201', 'hoá']])('VNI %s → %s', (keys, expected) => {
    expect(vni(keys)).toBe(expected);
  });

  it('changes the tone of a finished word with the caret after it', () => {
    expect(typeFrom({ text: 'hoà', caret: 3 }, 's', TELEX)).toEqual({ text: 'hoá', caret: 3 });
    expect(typeFrom({ text: 'tiếng', caret: 5 }, 'f', TELEX)).toEqual({ text: 'tiềng', caret: 5 });
    expect(typeFrom({ text: 'hoà', caret: 3 }, '01', VNI)).toEqual({ text: 'hoá', caret: 3 });
  });
});

describe('capitals are kept', () => {
  it.each([
    ['DDawngj', 'Đặng'], ['Ddawngj', 'Đặng'], ['AA', 'Â'], ['Aa', 'Â'], ['VIEETJ', 'VIỆT'], ['NGUYEENX', 'NGUYỄN'],
    ['DDUWOWCJ', 'ĐƯỢC'], ['TRUWOWNGF', 'TRƯỜNG'], ['HOAF', 'HOÀ'], ['Uw', 'Ư'],
  ])('Telex %s → %s', (keys, expected) => {
    expect(telex(keys)).toBe(expected);
  });

  it.each([['D9a8ng5', 'Đặng'], ['VIE6T5', 'VIỆT'], ['D9U7O7C5', 'ĐƯỢC']])('VNI %s → %s', (keys, expected) => {
    expect(vni(keys)).toBe(expected);
  });
});
