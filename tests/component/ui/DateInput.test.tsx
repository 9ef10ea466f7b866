import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { setupUser } from '../user';
import { renderWithI18n } from '../render';
import { DateInput, type DateInputProps, type DateValue } from '../../../src-renderer/ui';

function Controlled(props: Omit<DateInputProps, 'value' | 'onChange'>) {
  const [value, setValue] = useState<DateValue>({ day: '', month: '', year: '' });
  return (
    <>
      <DateInput {...props} value={value} onChange={setValue} />
      <output data-testid="value">{JSON.stringify(value)}</output>
    </>
  );
}

describe('DateInput', { timeout: 30_000 }, () => {
  it('is a group named by its legend with three labelled numeric boxes (vi)', () => {
    renderWithI18n(<Controlled id="dob" legend="Ngày sinh" hint="Ví dụ: 27 3 1958" autoCompletePrefix="bday" />);
    const group = screen.getByRole('group', { name: 'Ngày sinh' });
    expect(group).toHaveAccessibleDescription('Ví dụ: 27 3 1958');
    const day = screen.getByLabelText('Ngày');
    const month = screen.getByLabelText('Tháng');
    const year = screen.getByLabelText('Năm');
    expect([day.id, month.id, year.id]).toEqual(['dob-day', 'dob-month', 'dob-year']);
    for (const box of [day, month, year]) expect(box).toHaveAttribute('inputmode', 'numeric');
    expect(day).toHaveAttribute('autocomplete', 'bday-day');
    expect(year).toHaveAttribute('autocomplete', 'bday-year');
  });

  it('labels the boxes in English', () => {
    renderWithI18n(<Controlled id="dob" legend="Date of birth" optional />, 'en');
    expect(screen.getByRole('group', { name: 'Date of birth (optional)' })).toBeInTheDocument();
    expect(screen.getByLabelText('Day')).toBeInTheDocument();
    expect(screen.getByLabelText('Month')).toBeInTheDocument();
    expect(screen.getByLabelText('Year')).toBeInTheDocument();
  });

  it('does not move to the next box by itself', async () => {
    renderWithI18n(<Controlled id="dob" legend="Ngày sinh" />);
    const day = screen.getByLabelText('Ngày');
    await setupUser().type(day, '27');
    expect(day).toHaveFocus();
    await setupUser().type(day, '3');
    expect(day).toHaveFocus();
    expect(day).toHaveValue('273'); // kept as typed; validation says what is wrong
    await setupUser().tab();
    expect(screen.getByLabelText('Tháng')).toHaveFocus();
    await setupUser().keyboard('3');
    expect(screen.getByTestId('value')).toHaveTextContent('{"day":"273","month":"3","year":""}');
  });

  it('highlights only the boxes the error is about, and the error describes the group', () => {
    renderWithI18n(<Controlled id="dob" legend="Ngày sinh" error="Năm phải có 4 chữ số" errorParts={['year']} />);
    expect(screen.getByLabelText('Năm')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Ngày')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Tháng')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('group', { name: 'Ngày sinh' })).toHaveAccessibleDescription('Lỗi: Năm phải có 4 chữ số');
  });

  it('without errorParts an error highlights all three boxes; legend can be the page heading', () => {
    renderWithI18n(<Controlled id="dob" legend="Bạn sinh ngày nào?" asHeading error="Nhập ngày sinh" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Bạn sinh ngày nào?' })).toBeInTheDocument();
    for (const name of ['Ngày', 'Tháng', 'Năm']) expect(screen.getByLabelText(name)).toHaveAttribute('aria-invalid', 'true');
  });
});
