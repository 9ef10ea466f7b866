import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useJourneyStore } from '../../../src-renderer/state/journey-store';
import { useSessionStore } from '../../../src-renderer/state/session-store';
import { renderWithI18n } from '../render';
import { MiniKiosk, resetStores } from './harness';

vi.setConfig({ testTimeout: 30_000 });

const advance = (seconds: number) => act(() => vi.advanceTimersByTime(seconds * 1000));
const touch = () => fireEvent.pointerDown(document.body);

beforeEach(() => {
  resetStores();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  resetStores();
});

describe('idle warning', () => {
  it('stays away while nobody has started a session', () => {
    renderWithI18n(<MiniKiosk />);
    advance(600);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('appears after the configured idle time and not before', () => {
    renderWithI18n(<MiniKiosk />);
    act(() => useJourneyStore.getState().start('birth-registration'));
    advance(149);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    advance(1);
    expect(screen.getByRole('dialog', { name: 'Bạn vẫn đang ở đây chứ?' })).toBeInTheDocument();
    expect(screen.getByText('60 giây')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tôi vẫn đang dùng' })).toHaveFocus();
  });

  it('follows the timings in the configuration', () => {
    renderWithI18n(<MiniKiosk timing={{ idleWarningSeconds: 40, idleCountdownSeconds: 20 }} />);
    act(() => useJourneyStore.getState().start('birth-registration'));
    advance(39);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    advance(1);
    expect(screen.getByText('20 giây')).toBeInTheDocument();
  });

  it('starts counting when the resident only changed the language', () => {
    renderWithI18n(<MiniKiosk />, 'en');
    act(() => useSessionStore.getState().setLanguage('en'));
    advance(150);
    expect(screen.getByRole('dialog', { name: 'Are you still there?' })).toBeInTheDocument();
    expect(screen.getByText('60 seconds')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'I am still using it' })).toBeInTheDocument();
  });

  it('is pushed back by every touch, key press or typing', () => {
    renderWithI18n(<MiniKiosk />);
    act(() => useJourneyStore.getState().start('birth-registration'));
    advance(100);
    touch();
    advance(100);
    fireEvent.keyDown(document.body, { key: 'a' });
    advance(100);
    fireEvent.touchStart(document.body);
    advance(100);
    fireEvent.input(screen.getByLabelText('Họ và tên'), { target: { value: 'Hoà' } });
    advance(149);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    advance(1);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('counts down second by second and tells screen readers only at a few moments', () => {
    renderWithI18n(<MiniKiosk />);
    act(() => useJourneyStore.getState().start('birth-registration'));
    advance(150);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Còn 60 giây.');
    advance(1);
    expect(screen.getByText('59 giây')).toBeInTheDocument();
    expect(status).toHaveTextContent('Còn 60 giây.');
    advance(29);
    expect(screen.getByText('30 giây')).toBeInTheDocument();
    expect(status).toHaveTextContent('Còn 30 giây.');
    advance(11);
    expect(screen.getByText('19 giây')).toBeInTheDocument();
    expect(status).toHaveTextContent('Còn 30 giây.');
    advance(9);
    expect(status).toHaveTextContent('Còn 10 giây.');
  });

  it('does not let a stray touch on the warning keep the session; only the button does', () => {
    renderWithI18n(<MiniKiosk />);
    act(() => useJourneyStore.getState().start('birth-registration'));
    advance(150);
    touch();
    advance(30);
    expect(screen.getByText('30 giây')).toBeInTheDocument();
  });

  it('can be continued at least ten times, each time for a full idle period', () => {
    renderWithI18n(<MiniKiosk />);
    act(() => useJourneyStore.getState().start('birth-registration'));
    advance(150);
    for (let round = 1; round <= 12; round++) {
      fireEvent.click(screen.getByRole('button', { name: 'Tôi vẫn đang dùng' }));
      expect(screen.queryByRole('dialog'), `round ${round}`).not.toBeInTheDocument();
      advance(149);
      expect(screen.queryByRole('dialog'), `round ${round}`).not.toBeInTheDocument();
      advance(1);
      expect(screen.getByText('60 giây')).toBeInTheDocument();
    }
    expect(useJourneyStore.getState().procedureId).toBe('birth-registration');
  });

  it('computes from the clock, so a throttled tab cannot stretch the countdown', () => {
    renderWithI18n(<MiniKiosk />);
    act(() => useJourneyStore.getState().start('birth-registration'));
    advance(150);
    expect(screen.getByText('60 giây')).toBeInTheDocument();
    // 45 s pass while no timer runs (a throttled or sleeping tab); the next tick shows the real time left.
    vi.setSystemTime(Date.now() + 45_000);
    advance(1);
    expect(screen.getByText('14 giây')).toBeInTheDocument();
  });

  it('ends the session at the first wake-up when the whole countdown passed unseen', () => {
    renderWithI18n(<MiniKiosk />);
    act(() => useJourneyStore.getState().start('birth-registration'));
    // The tab slept: the clock moved 400 s, and the idle timer fires only now, late.
    vi.setSystemTime(Date.now() + 400_000);
    advance(150);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useJourneyStore.getState().procedureId).toBeUndefined();
    expect(screen.getByRole('status')).toHaveTextContent('Phiên trước đã kết thúc và mọi thông tin đã được xoá.');
  });
});
