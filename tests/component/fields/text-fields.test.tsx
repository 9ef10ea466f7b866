import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { label, pageOf, renderPage } from './harness';

// Big lists of radio cards in jsdom on a 2-core machine: give each test room.
vi.setConfig({ testTimeout: 30_000 });

const page = pageOf([
  { id: 'note', type: 'text', label: label('Ghi chú', 'Note'), optional: true },
  { id: 'name', type: 'fullName', label: label('Họ, chữ đệm và tên', 'Full name') },
  { id: 'born', type: 'date', label: label('Ngày sinh', 'Date of birth') },
  { id: 'year', type: 'year', label: label('Năm sinh', 'Year of birth') },
  { id: 'cccd', type: 'personalId', label: label('Số định danh cá nhân', 'Personal ID number') },
  { id: 'phone', type: 'phone', label: label('Số điện thoại', 'Phone number') },
  { id: 'email', type: 'email', label: label('Email', 'Email') },
  { id: 'copies', type: 'number', label: label('Số bản sao', 'Number of copies') },
]);

describe('text-like fields', () => {
  it('store what is typed as the engine’s raw strings, each box with the right keyboard', () => {
    const { latest } = renderPage(page);
    fireEvent.change(screen.getByLabelText('Họ, chữ đệm và tên'), { target: { value: 'Nguyễn Văn An' } });
    fireEvent.change(screen.getByLabelText('Năm sinh'), { target: { value: '1950' } });
    fireEvent.change(screen.getByLabelText('Số định danh cá nhân'), { target: { value: '001050012345' } });
    fireEvent.change(screen.getByLabelText('Số điện thoại'), { target: { value: '0912345678' } });
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'an@example.vn' } });
    fireEvent.change(screen.getByLabelText('Số bản sao'), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText(/Ghi chú/), { target: { value: 'Nhờ gọi trước' } });
    expect(latest()).toMatchObject({
      name: 'Nguyễn Văn An',
      year: '1950',
      cccd: '001050012345',
      phone: '0912345678',
      email: 'an@example.vn',
      copies: '2',
      note: 'Nhờ gọi trước',
    });
    expect(screen.getByLabelText('Họ, chữ đệm và tên')).toHaveAttribute('autocomplete', 'off');
    expect(screen.getByLabelText('Năm sinh')).toHaveAttribute('inputmode', 'numeric');
    expect(screen.getByLabelText('Số định danh cá nhân')).toHaveAttribute('inputmode', 'numeric');
    expect(screen.getByLabelText('Số định danh cá nhân')).toHaveClass('k-input--width-12');
    expect(screen.getByLabelText('Số điện thoại')).toHaveAttribute('type', 'tel');
    expect(screen.getByLabelText('Email')).toHaveAttribute('type', 'email');
    expect(screen.getByLabelText('Email')).toHaveAttribute('inputmode', 'email');
    expect(screen.getByLabelText('Số bản sao')).toHaveAttribute('inputmode', 'numeric');
    expect(screen.getByText('(không bắt buộc)')).toBeInTheDocument();
  });

  it('keep a date as three boxes with the engine’s ids, nothing moving on by itself', () => {
    const { latest } = renderPage(page);
    const day = screen.getByLabelText('Ngày');
    expect(day).toHaveAttribute('id', 'born-day');
    day.focus();
    fireEvent.change(day, { target: { value: '05' } });
    expect(day).toHaveFocus();
    fireEvent.change(screen.getByLabelText('Tháng'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('Năm'), { target: { value: '1950' } });
    expect(latest().born).toEqual({ day: '05', month: '3', year: '1950' });
    expect(screen.getByRole('group', { name: 'Ngày sinh' })).toBeInTheDocument();
  });

  it('show odd input exactly as typed: emoji and markup stay text, never HTML', () => {
    const { latest, container } = renderPage(page);
    const note = screen.getByLabelText(/Ghi chú/);
    fireEvent.change(note, { target: { value: '<script>alert(1)</script> 😀' } });
    expect(note).toHaveValue('<script>alert(1)</script> 😀');
    expect(latest().note).toBe('<script>alert(1)</script> 😀');
    expect(container.querySelector('script')).toBeNull();
  });

  it('label the questions in English too', () => {
    renderPage(page, { language: 'en' });
    expect(screen.getByLabelText('Full name')).toBeInTheDocument();
    expect(screen.getByLabelText('Day')).toHaveAttribute('id', 'born-day');
    expect(screen.getByText('(optional)')).toBeInTheDocument();
  });
});
