import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatStorageBytes, StorageSection } from '../../../src-renderer/admin/StorageSection';
import type { NavigatorLike } from '../../../src-renderer/storage';
import { renderWithI18n } from '../render';

function storage(persisted: boolean, usage?: number, quota?: number): NavigatorLike {
  return { storage: { persisted: async () => persisted, estimate: async () => ({ usage, quota }) } };
}

describe('Quản trị kiosk: the storage the outbox lives in', () => {
  it('says the storage is kept and how much is used', async () => {
    renderWithI18n(<StorageSection navigatorLike={storage(true, 12_300_000, 2_300_000_000)} />);
    expect(await screen.findByText('12,3 MB trong 2,3 GB')).toBeInTheDocument();
    expect(screen.getByText('Có')).toBeInTheDocument();
    expect(screen.queryByText(/trình duyệt có thể xoá/)).not.toBeInTheDocument();
  });

  it('warns when the browser may evict it, and when it is running out (English)', async () => {
    renderWithI18n(<StorageSection navigatorLike={storage(false, 900_000_000, 1_000_000_000)} />, 'en');
    expect(await screen.findByText('900 MB of 1 GB')).toBeInTheDocument();
    expect(screen.getByText(/the browser may remove applications waiting to be sent/)).toBeInTheDocument();
    expect(screen.getByText(/running out of storage/)).toBeInTheDocument();
  });

  it('never asks for persistence itself, and says "not known" without an estimate', async () => {
    let asked = false;
    const nav: NavigatorLike = { storage: { persist: async () => ((asked = true), true), persisted: async () => true } };
    renderWithI18n(<StorageSection navigatorLike={nav} />);
    expect(await screen.findByText('Không biết')).toBeInTheDocument();
    expect(asked).toBe(false);
  });

  it('formats bytes in each language', () => {
    expect(formatStorageBytes(512, 'vi')).toBe('512 B');
    expect(formatStorageBytes(1_500_000, 'en')).toBe('1.5 MB');
    expect(formatStorageBytes(250_000_000, 'vi')).toBe('250 MB');
  });
});
