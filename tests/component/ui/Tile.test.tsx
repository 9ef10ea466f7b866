import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { setupUser } from '../user';
import { renderWithI18n } from '../render';
import { Tile } from '../../../src-renderer/ui';

describe('Tile', { timeout: 30_000 }, () => {
  it('is one button named by its visible text, title first', async () => {
    const onClick = vi.fn();
    renderWithI18n(<Tile title="Đăng ký khai sinh" description="Cho trẻ mới sinh" icon="👶" onClick={onClick} />);
    const tile = screen.getByRole('button', { name: 'Đăng ký khai sinh Cho trẻ mới sinh' });
    expect(tile).toHaveAttribute('type', 'button');
    await setupUser().click(screen.getByText('Cho trẻ mới sinh')); // anywhere on the tile
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('ignores a double tap', async () => {
    const onClick = vi.fn();
    renderWithI18n(<Tile title="Xác nhận cư trú" onClick={onClick} />);
    await setupUser().dblClick(screen.getByRole('button', { name: 'Xác nhận cư trú' }));
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('exposes the selected state when used as a choice', () => {
    renderWithI18n(<Tile title="Tiếng Việt" selected />);
    expect(screen.getByRole('button', { name: 'Tiếng Việt', pressed: true })).toBeInTheDocument();
  });
});
