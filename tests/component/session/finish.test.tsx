import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createObjectUrl, liveObjectUrlCount } from '../../../src-renderer/documents/object-urls';
import { KioskHeader } from '../../../src-renderer/screens/KioskHeader';
import { useJourneyStore } from '../../../src-renderer/state/journey-store';
import { useSessionStore } from '../../../src-renderer/state/session-store';
import type { KioskInfo } from '../../../src-shared/bridge/kiosk-bridge';
import { renderWithI18n } from '../render';
import { resetStores, residentMidway } from './harness';

vi.setConfig({ testTimeout: 30_000 });

const INFO = { kioskName: 'Nhà văn hoá tổ dân phố 5', wardName: 'Phường Tây Hồ' } as KioskInfo;

beforeEach(() => {
  resetStores();
  URL.createObjectURL = vi.fn(() => 'blob:kiosk/1');
  URL.revokeObjectURL = vi.fn();
});
afterEach(resetStores);

describe('Finish button in the header', () => {
  it('is there only while the resident is filing', () => {
    renderWithI18n(<KioskHeader info={INFO} />);
    expect(screen.queryByRole('button', { name: 'Kết thúc' })).not.toBeInTheDocument();
    act(() => useJourneyStore.getState().start('birth-registration'));
    expect(screen.getByRole('button', { name: 'Kết thúc' })).toBeInTheDocument();
  });

  it('asks first, and "Quay lại" keeps everything', () => {
    renderWithI18n(<KioskHeader info={INFO} />);
    act(() => residentMidway(createObjectUrl(new Blob(['photo']))));
    act(() => useSessionStore.getState().setLanguage('vi'));
    fireEvent.click(screen.getByRole('button', { name: 'Kết thúc' }));
    expect(screen.getByRole('dialog', { name: 'Xoá mọi thông tin bạn đã nhập?' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Quay lại' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useJourneyStore.getState().answers).toEqual({ 'applicant.fullName': 'Nguyễn Thị Hoà' });
  });

  it('wipes the session after "Xoá và kết thúc"', () => {
    renderWithI18n(<KioskHeader info={INFO} />, 'en');
    act(() => residentMidway(createObjectUrl(new Blob(['photo']))));
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    expect(screen.getByRole('dialog', { name: 'Delete everything you entered?' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Delete and finish' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useJourneyStore.getState().procedureId).toBeUndefined();
    expect(useJourneyStore.getState().documents).toEqual({});
    expect(useSessionStore.getState()).toMatchObject({ language: 'vi', notice: 'finished' });
    expect(liveObjectUrlCount()).toBe(0);
    expect(screen.queryByRole('button', { name: 'Finish' })).not.toBeInTheDocument();
  });

  it('wipes at once after the application was submitted', () => {
    renderWithI18n(<KioskHeader info={INFO} />);
    act(() => {
      useJourneyStore.getState().start('birth-registration');
      useJourneyStore.getState().confirm({ reference: 'ABCDEFGH', submittedAt: '2026-11-24T03:15:00.000Z', procedureId: 'birth-registration' });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Kết thúc' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useJourneyStore.getState().procedureId).toBeUndefined();
    expect(useSessionStore.getState().notice).toBe('finished');
  });
});

describe('Text size and colours in the header', () => {
  it('is on the start screen and while filing, and opens the display settings', () => {
    renderWithI18n(<KioskHeader info={INFO} />);
    const open = screen.getByRole('button', { name: 'Cỡ chữ và màu' });
    act(() => useJourneyStore.getState().start('birth-registration'));
    expect(screen.getByRole('button', { name: 'Cỡ chữ và màu' })).toBe(open);
    fireEvent.click(open);
    expect(screen.getByRole('dialog', { name: 'Cỡ chữ và màu' })).toBeInTheDocument();
  });
});
