import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { label, pageOf, renderPage, renderValidated } from './harness';
import { adminUnitLabels } from '../../../src-renderer/fields/admin-unit-labels';

// Big lists of radio cards in jsdom on a 2-core machine: give each test room.
vi.setConfig({ testTimeout: 30_000 });

const addressPage = pageOf([{ id: 'home', type: 'address', label: label('Nơi ở hiện nay', 'Where you live now') }]);

const groupPage = pageOf([
  {
    id: 'members',
    type: 'group',
    label: label('Người chuyển cùng', 'People moving with you'),
    itemLabel: label('Người chuyển cùng', 'Person moving with you'),
    minItems: 1,
    maxItems: 2,
    fields: [{ id: 'memberName', type: 'fullName', label: label('Họ, chữ đệm và tên', 'Full name') }],
  },
]);

describe('address pickers', () => {
  it('start on the kiosk’s province, find a ward without accents, and clear the ward when the province changes', () => {
    const { latest } = renderPage(addressPage, { defaultProvince: '01' });
    expect(latest().home).toEqual({ province: '01', ward: '', street: '' });
    expect(screen.getByText('Đã chọn: Thành phố Hà Nội')).toBeInTheDocument();
    const wardSearch = document.getElementById('home-ward') as HTMLInputElement;
    fireEvent.change(wardSearch, { target: { value: 'tay ho' } });
    const wards = document.getElementById('home-ward-list') as HTMLElement;
    fireEvent.click(within(wards).getByLabelText('Phường Tây Hồ'));
    fireEvent.change(document.getElementById('home-street') as HTMLInputElement, { target: { value: 'Số 12 phố Quảng An' } });
    expect(latest().home).toEqual({ province: '01', ward: '00103', street: 'Số 12 phố Quảng An' });

    fireEvent.change(document.getElementById('home-province') as HTMLInputElement, { target: { value: 'hai phong' } });
    fireEvent.click(within(document.getElementById('home-province-list') as HTMLElement).getByLabelText('Thành phố Hải Phòng'));
    expect(latest().home).toEqual({ province: '31', ward: '', street: 'Số 12 phố Quảng An' });
    expect(screen.getAllByText('Chưa chọn')).toHaveLength(1);
  });

  it('put the engine’s errors next to the province, ward and street boxes, in Vietnamese and English', () => {
    const answers = { home: { province: '01', ward: '', street: '' } };
    const { result, unmount } = renderValidated(addressPage, answers);
    expect(result.errors.map((e) => e.fieldId)).toEqual(['home-ward']);
    expect(document.getElementById('home-ward-error')).toHaveTextContent('Chọn phường, xã');
    expect(document.getElementById('home-ward')).toHaveAttribute('aria-invalid', 'true');
    unmount();
    renderValidated(addressPage, answers, 'en');
    expect(document.getElementById('home-ward-error')).toHaveTextContent('Select the ward or commune');
  });

  it('give check-your-answers the names of the units', () => {
    expect(adminUnitLabels.province?.('01')).toBe('Thành phố Hà Nội');
    expect(adminUnitLabels.ward?.('00103', '01')).toBe('Phường Tây Hồ');
    expect(adminUnitLabels.ward?.('00103', '79')).toBeUndefined();
  });
});

describe('repeatable groups', () => {
  it('add and remove people within the limits, each box with the prefixed id', () => {
    const { latest } = renderPage(groupPage);
    expect(screen.getByRole('heading', { name: 'Người chuyển cùng 1' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Bỏ/ })).toBeNull();
    fireEvent.change(document.getElementById('members-0-memberName') as HTMLInputElement, { target: { value: 'Trần Thị Bình' } });
    expect(latest().members).toEqual([{ memberName: 'Trần Thị Bình' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Thêm người chuyển cùng' }));
    expect(latest().members).toEqual([{ memberName: 'Trần Thị Bình' }, {}]);
    expect(document.getElementById('members-1-heading')).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Thêm người chuyển cùng' })).toBeNull();
    expect(screen.getByText('Đã đủ số người tối đa (2).')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ người chuyển cùng 1' }));
    expect(latest().members).toEqual([{}]);
  });

  it('show item errors at the prefixed boxes and count errors at the group', () => {
    const { unmount } = renderValidated(groupPage, { members: [{ memberName: 'An 2' }] });
    expect(document.getElementById('members-0-memberName')).toHaveAttribute('aria-invalid', 'true');
    expect(document.getElementById('members-0-memberName-error')).not.toBeEmptyDOMElement();
    unmount();
    renderValidated(groupPage, { members: [{ memberName: 'An' }, { memberName: 'Bình' }, { memberName: 'Chi' }] }, 'en');
    expect(document.getElementById('members-error')).toHaveTextContent('Add no more than 2 for “People moving with you”. Remove 1');
  });
});
