import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import { setupUser } from '../user';
import { renderWithI18n } from '../render';
import { Button } from '../../../src-renderer/ui';

describe('Button', { timeout: 30_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is a real button of type "button" that calls onClick', async () => {
    const onClick = vi.fn();
    renderWithI18n(<Button onClick={onClick}>Tiếp tục</Button>);
    const button = screen.getByRole('button', { name: 'Tiếp tục' });
    expect(button).toHaveAttribute('type', 'button');
    await setupUser().click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('primary ignores a second tap within 1 s and accepts one after', async () => {
    // Fake only the monotonic clock the guard reads; user-event and RTL keep real timers.
    vi.useFakeTimers({ toFake: ['performance'] });
    const user = setupUser();
    const onClick = vi.fn();
    renderWithI18n(<Button onClick={onClick}>Gửi hồ sơ</Button>);
    const button = screen.getByRole('button', { name: 'Gửi hồ sơ' });
    await user.dblClick(button);
    expect(onClick).toHaveBeenCalledTimes(1);
    act(() => vi.advanceTimersByTime(500));
    await user.click(button);
    expect(onClick).toHaveBeenCalledTimes(1); // still inside the window of the first accepted tap
    act(() => vi.advanceTimersByTime(600));
    await user.click(button);
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('the guard also stops a form being submitted twice', () => {
    const onSubmit = vi.fn((e: SubmitEvent) => e.preventDefault());
    renderWithI18n(
      <form onSubmit={(e) => onSubmit(e.nativeEvent as SubmitEvent)}>
        <Button type="submit">Gửi hồ sơ</Button>
      </form>,
    );
    const button = screen.getByRole('button', { name: 'Gửi hồ sơ' });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('secondary has no guard by default; guardMs turns it on', async () => {
    const onBack = vi.fn();
    const onOther = vi.fn();
    renderWithI18n(
      <>
        <Button variant="secondary" onClick={onBack}>
          Quay lại
        </Button>
        <Button variant="link" guardMs={1000} onClick={onOther}>
          Thay đổi
        </Button>
      </>,
    );
    await setupUser().dblClick(screen.getByRole('button', { name: 'Quay lại' }));
    await setupUser().dblClick(screen.getByRole('button', { name: 'Thay đổi' }));
    expect(onBack).toHaveBeenCalledTimes(2);
    expect(onOther).toHaveBeenCalledTimes(1);
  });

  it('disabled does not call onClick', async () => {
    const onClick = vi.fn();
    renderWithI18n(
      <Button disabled onClick={onClick}>
        Tiếp tục
      </Button>,
    );
    await setupUser().click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(onClick).not.toHaveBeenCalled();
  });

  it('busy stays focusable, ignores taps and says it is working (vi and en)', async () => {
    const onClick = vi.fn();
    const { unmount } = renderWithI18n(
      <Button busy onClick={onClick}>
        Gửi hồ sơ
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Đang xử lý…' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toBeEnabled();
    await setupUser().click(button);
    expect(onClick).not.toHaveBeenCalled();
    unmount();
    renderWithI18n(<Button busy>Send</Button>, 'en');
    expect(screen.getByRole('button', { name: 'Processing…' })).toBeInTheDocument();
  });

  it('forwards its ref and keeps the icon out of the accessible name', () => {
    const ref = createRef<HTMLButtonElement>();
    renderWithI18n(
      <Button ref={ref} icon="←" variant="warning">
        Xoá
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Xoá' });
    expect(ref.current).toBe(button);
    expect(button).toHaveClass('k-button', 'k-button--warning');
  });
});
