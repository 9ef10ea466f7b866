import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { setupUser } from '../user';
import { renderWithI18n } from '../render';
import { PageLayout } from '../../../src-renderer/ui';

describe('PageLayout', { timeout: 30_000 }, () => {
  it('has one header, main and footer, and only the caller’s h1', () => {
    renderWithI18n(
      <PageLayout topBar={<span>Một Cửa · Phường Hàng Bạc</span>} onBack={() => undefined} onContinue={() => undefined}>
        <h1>Họ và tên của bạn là gì?</h1>
      </PageLayout>,
    );
    expect(screen.getAllByRole('banner')).toHaveLength(1);
    expect(screen.getByRole('banner')).toHaveTextContent('Một Cửa · Phường Hàng Bạc');
    expect(screen.getAllByRole('main')).toHaveLength(1);
    expect(screen.getAllByRole('contentinfo')).toHaveLength(1);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('Back and Continue call back, with Vietnamese texts and progress hint', async () => {
    const onBack = vi.fn();
    const onContinue = vi.fn();
    renderWithI18n(
      <PageLayout progress={{ current: 3, total: 7 }} onBack={onBack} onContinue={onContinue}>
        <h1>Câu hỏi</h1>
      </PageLayout>,
    );
    expect(screen.getByText('Bước 3 / 7')).toBeInTheDocument();
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['←Quay lại', 'Tiếp tục']); // Back first (left), Continue last
    await setupUser().click(screen.getByRole('button', { name: 'Quay lại' }));
    await setupUser().click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(onBack).toHaveBeenCalledTimes(1);
    expect(onContinue).toHaveBeenCalledTimes(1);
  });

  it('English texts', () => {
    renderWithI18n(
      <PageLayout progress={{ current: 3, total: 7 }} onBack={() => undefined} onContinue={() => undefined}>
        <h1>Question</h1>
      </PageLayout>,
      'en',
    );
    expect(screen.getByText('Step 3 of 7')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Back' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument();
  });

  it('labels can be overridden and Continue can be busy; no Back on the first page', async () => {
    const onContinue = vi.fn();
    const view = renderWithI18n(
      <PageLayout onContinue={onContinue} continueLabel="Gửi hồ sơ">
        <h1>Kiểm tra câu trả lời</h1>
      </PageLayout>,
    );
    expect(screen.queryByRole('button', { name: 'Quay lại' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Gửi hồ sơ' })).toHaveClass('k-button--primary', 'k-button--large');
    view.rerender(
      <PageLayout onContinue={onContinue} continueLabel="Gửi hồ sơ" continueBusy busyLabel="Đang gửi…">
        <h1>Kiểm tra câu trả lời</h1>
      </PageLayout>,
    );
    const busy = screen.getByRole('button', { name: 'Đang gửi…' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    await setupUser().click(busy);
    expect(onContinue).not.toHaveBeenCalled();
  });

  it('Back ignores a double tap (one page back, not two)', async () => {
    const onBack = vi.fn();
    renderWithI18n(
      <PageLayout onBack={onBack}>
        <h1>Câu hỏi</h1>
      </PageLayout>,
    );
    await setupUser().dblClick(screen.getByRole('button', { name: 'Quay lại' }));
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it('Continue can submit a form in the page', async () => {
    const onSubmit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    renderWithI18n(
      <PageLayout continueFormId="q">
        <form id="q" onSubmit={onSubmit}>
          <h1>Câu hỏi</h1>
        </form>
      </PageLayout>,
    );
    const button = screen.getByRole('button', { name: 'Tiếp tục' });
    expect(button).toHaveAttribute('type', 'submit');
    await setupUser().click(button);
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
