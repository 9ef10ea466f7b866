import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithI18n } from '../render';
import { LiveRegion } from '../../../src-renderer/ui';

describe('LiveRegion', { timeout: 30_000 }, () => {
  it('polite region is a status that updates its text', () => {
    const view = renderWithI18n(<LiveRegion message="" />);
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveAttribute('aria-atomic', 'true');
    expect(region).toHaveClass('visually-hidden');
    view.rerender(<LiveRegion message="Đã chọn 2 giấy tờ" />);
    expect(screen.getByRole('status')).toHaveTextContent('Đã chọn 2 giấy tờ');
  });

  it('assertive region is an alert, visible when asked', () => {
    renderWithI18n(<LiveRegion message="Còn 10 giây" politeness="assertive" visible />);
    const region = screen.getByRole('alert');
    expect(region).toHaveAttribute('aria-live', 'assertive');
    expect(region).not.toHaveClass('visually-hidden');
    expect(region).toHaveTextContent('Còn 10 giây');
  });
});
