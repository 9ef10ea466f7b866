import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { setupUser } from '../user';
import { renderWithI18n } from '../render';
import { TextInput, type TextInputProps } from '../../../src-renderer/ui';

function Controlled(props: Omit<TextInputProps, 'value' | 'onChange'>) {
  const [value, setValue] = useState('');
  return (
    <>
      <TextInput {...props} value={value} onChange={setValue} />
      <output data-testid="value">{value}</output>
    </>
  );
}

describe('TextInput', { timeout: 30_000 }, () => {
  it('label is associated with the input; typing calls onChange with the value', async () => {
    renderWithI18n(<Controlled id="full-name" label="Họ và tên" autoComplete="name" />);
    const input = screen.getByLabelText('Họ và tên');
    expect(input).toHaveAttribute('id', 'full-name');
    expect(input).toHaveAttribute('autocomplete', 'name');
    expect(input).toHaveAttribute('spellcheck', 'false');
    await setupUser().type(input, 'Nguyễn Thị Hoa');
    expect(screen.getByTestId('value')).toHaveTextContent('Nguyễn Thị Hoa');
    expect(input).toHaveValue('Nguyễn Thị Hoa');
  });

  it('marks optional fields in words (vi and en), never with an asterisk', () => {
    const { unmount } = renderWithI18n(<Controlled id="email" label="Email" optional />);
    expect(screen.getByLabelText('Email (không bắt buộc)')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('*');
    unmount();
    renderWithI18n(<Controlled id="email" label="Email" optional />, 'en');
    expect(screen.getByLabelText('Email (optional)')).toBeInTheDocument();
  });

  it('hint and error describe the input; error sets aria-invalid and has a hidden prefix', () => {
    renderWithI18n(
      <Controlled id="cccd" label="Số CCCD" hint="12 chữ số, ở mặt trước thẻ" error="Nhập số CCCD gồm 12 chữ số" inputMode="numeric" width={12} />,
    );
    const input = screen.getByLabelText('Số CCCD');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAttribute('aria-describedby', 'cccd-hint cccd-error');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveClass('k-input--width-12');
    expect(input).toHaveAccessibleDescription('12 chữ số, ở mặt trước thẻ Lỗi: Nhập số CCCD gồm 12 chữ số');
    expect(document.getElementById('cccd-error')).toHaveTextContent('Lỗi: Nhập số CCCD gồm 12 chữ số');
  });

  it('English error prefix', () => {
    renderWithI18n(<Controlled id="phone" label="Phone number" error="Enter a phone number" />, 'en');
    expect(screen.getByLabelText('Phone number')).toHaveAccessibleDescription('Error: Enter a phone number');
  });

  it('without an error there is no aria-invalid and no description', () => {
    renderWithI18n(<Controlled id="name" label="Họ và tên" />);
    const input = screen.getByLabelText('Họ và tên');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
  });

  it('label can be the page heading', () => {
    renderWithI18n(<Controlled id="name" label="Họ và tên của bạn là gì?" asHeading />);
    const heading = screen.getByRole('heading', { level: 1, name: 'Họ và tên của bạn là gì?' });
    expect(heading.querySelector('label')).toHaveAttribute('for', 'name');
    expect(screen.getByLabelText('Họ và tên của bạn là gì?')).toBeInTheDocument();
  });
});
