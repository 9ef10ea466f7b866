import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { label, pageOf, renderPage } from './harness';

// Big lists of radio cards in jsdom on a 2-core machine: give each test room.
vi.setConfig({ testTimeout: 30_000 });

const page = pageOf([
  { id: 'hasFather', type: 'yesNo', label: label('Có thông tin về cha không?', 'Do you know the father?') },
  { id: 'fatherName', type: 'fullName', label: label('Họ, chữ đệm và tên của cha', 'Father’s full name'), showIf: { field: 'hasFather', equals: true } },
  { id: 'sex', type: 'select', label: label('Giới tính', 'Sex'), optionSet: 'sex' },
  { id: 'ethnicity', type: 'select', label: label('Dân tộc', 'Ethnic group'), optionSet: 'ethnicity' },
]);

describe('choices', () => {
  it('yes/no stores a boolean and shows the dependent question at once', () => {
    const { latest } = renderPage(page);
    expect(screen.queryByLabelText('Họ, chữ đệm và tên của cha')).toBeNull();
    fireEvent.click(screen.getByLabelText('Có'));
    expect(latest().hasFather).toBe(true);
    expect(screen.getByLabelText('Họ, chữ đệm và tên của cha')).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText('Không'));
    expect(latest().hasFather).toBe(false);
    expect(screen.queryByLabelText('Họ, chữ đệm và tên của cha')).toBeNull();
  });

  it('a short select is a set of large radio cards storing the option value', () => {
    const { latest } = renderPage(page);
    const group = screen.getByRole('group', { name: 'Giới tính' });
    fireEvent.click(within(group).getByLabelText('Nữ'));
    expect(latest().sex).toBe('female');
    expect(within(group).getByLabelText('Nam')).toHaveAttribute('id', 'sex');
  });

  it('a long select filters as you type, without accents, and shows the choice', () => {
    const { latest } = renderPage(page);
    const search = screen.getByLabelText('Tìm nhanh');
    expect(search).toHaveAttribute('id', 'ethnicity');
    expect(screen.getByText('Chưa chọn')).toBeInTheDocument();
    fireEvent.change(search, { target: { value: 'kinh' } });
    const list = document.getElementById('ethnicity-list') as HTMLElement;
    expect(within(list).getAllByRole('radio').map((r) => r.parentElement?.textContent)).toEqual(['Kinh']);
    fireEvent.change(search, { target: { value: 'TAY' } });
    expect(within(list).getByLabelText('Tày')).toBeInTheDocument();
    expect(within(list).queryByLabelText('Kinh')).toBeNull();
    fireEvent.click(within(list).getByLabelText('Tày'));
    expect(latest().ethnicity).toBe('02');
    expect(screen.getByText('Đã chọn: Tày')).toBeInTheDocument();
    fireEvent.change(search, { target: { value: 'ta oi' } });
    expect(within(list).getByLabelText('Tà-ôi')).toBeInTheDocument();
    fireEvent.change(search, { target: { value: 'zzz' } });
    expect(within(list).queryAllByRole('radio')).toHaveLength(0);
    expect(screen.getByText(/Không thấy tên nào có “zzz”/)).toBeInTheDocument();
    expect(screen.getByText('Đã chọn: Tày')).toBeInTheDocument();
  });

  it('speaks English when the resident chose it', () => {
    renderPage(page, { language: 'en' });
    expect(screen.getByLabelText('Yes')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'hmong' } });
    expect(screen.getByLabelText('Hmong')).toBeInTheDocument();
    expect(screen.getByText('Nothing selected yet')).toBeInTheDocument();
  });
});
