import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { label, pageOf, renderValidated } from './harness';

vi.setConfig({ testTimeout: 30_000 });

const page = pageOf([
  { id: 'born', type: 'date', label: label('Ngày sinh', 'Date of birth'), notFuture: true },
  { id: 'phone', type: 'phone', label: label('Số điện thoại', 'Phone number') },
  { id: 'copies', type: 'number', label: label('Số bản sao', 'Number of copies'), min: 1, max: 10, integer: true },
  { id: 'note', type: 'text', label: label('Ghi chú', 'Note') },
]);

const bad = { born: { day: '31', month: '2', year: '1950' }, phone: '12', copies: 'hai', note: '<b>x</b>' };

describe('errors from the engine', () => {
  it('appear next to the input the engine names, in Vietnamese', () => {
    const { result } = renderValidated(page, bad);
    for (const error of result.errors) {
      const input = document.getElementById(error.fieldId);
      expect(input, error.fieldId).not.toBeNull();
      expect(input).toHaveAttribute('aria-invalid', 'true');
    }
    expect(result.errors.map((e) => e.fieldId)).toEqual(['born-day', 'phone', 'copies']);
    expect(document.getElementById('copies-error')).toHaveTextContent('Chỉ nhập chữ số cho “Số bản sao”, ví dụ 2');
    expect(screen.getByLabelText('Ghi chú')).toHaveValue('<b>x</b>');
    expect(document.querySelector('b')).toBeNull();
  });

  it('and in English', () => {
    renderValidated(page, bad, 'en');
    expect(document.getElementById('copies-error')).toHaveTextContent('Enter “Number of copies” using numbers only, like 2');
    expect(document.getElementById('phone-error')?.textContent).toMatch(/^Error:/);
  });

  it('warnings show as a notice that does not block', () => {
    const warnPage = pageOf([
      { id: 'year', type: 'year', label: label('Năm sinh', 'Year of birth') },
      { id: 'cccd', type: 'personalId', label: label('Số định danh cá nhân', 'Personal ID number'), birthYearField: 'year' },
    ]);
    const { result } = renderValidated(warnPage, { year: '1960', cccd: '001050012345' });
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.fieldId)).toEqual(['cccd']);
    expect(screen.getByRole('note')).toHaveTextContent('Kiểm tra lại câu trả lời này');
  });
});
