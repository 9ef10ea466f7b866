import { useRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { setupUser } from '../user';
import { renderWithI18n } from '../render';
import { Button, FullScreenDialog } from '../../../src-renderer/ui';

function Page({ dismissible = false, onClose = vi.fn(), withInitial = false }) {
  const [open, setOpen] = useState(false);
  const stayRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    onClose();
    setOpen(false);
  };
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Mở
      </Button>
      <a href="#x">Liên kết ngoài</a>
      <FullScreenDialog
        open={open}
        title="Bạn vẫn đang ở đây chứ?"
        description="Để giữ an toàn thông tin, hồ sơ sẽ được xoá sau 60 giây."
        dismissible={dismissible}
        onClose={close}
        initialFocusRef={withInitial ? stayRef : undefined}
        actions={
          <>
            <Button onClick={close}>Tôi vẫn ở đây</Button>
            <Button ref={stayRef} variant="warning" onClick={close}>
              Xoá và thoát
            </Button>
          </>
        }
      />
    </>
  );
}

async function openDialog() {
  const opener = screen.getByRole('button', { name: 'Mở' });
  await setupUser().click(opener);
  return opener;
}

describe('FullScreenDialog', { timeout: 30_000 }, () => {
  it('is a labelled, described modal dialog in a portal, focusing its first action', async () => {
    const { container } = renderWithI18n(<Page />);
    await openDialog();
    const dialog = screen.getByRole('dialog', { name: 'Bạn vẫn đang ở đây chứ?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription('Để giữ an toàn thông tin, hồ sơ sẽ được xoá sau 60 giây.');
    expect(screen.getByRole('heading', { level: 2, name: 'Bạn vẫn đang ở đây chứ?' })).toBeInTheDocument();
    expect(container).not.toContainElement(dialog);
    expect(screen.getByRole('button', { name: 'Tôi vẫn ở đây' })).toHaveFocus();
  });

  it('can focus a given element instead', async () => {
    renderWithI18n(<Page withInitial />);
    await openDialog();
    expect(screen.getByRole('button', { name: 'Xoá và thoát' })).toHaveFocus();
  });

  it('traps focus: Tab and Shift+Tab cycle inside', async () => {
    renderWithI18n(<Page />);
    await openDialog();
    const stay = screen.getByRole('button', { name: 'Tôi vẫn ở đây' });
    const leave = screen.getByRole('button', { name: 'Xoá và thoát' });
    await setupUser().tab();
    expect(leave).toHaveFocus();
    await setupUser().tab();
    expect(stay).toHaveFocus();
    await setupUser().tab({ shift: true });
    expect(leave).toHaveFocus();
  });

  it('makes the rest of the page inert while open, and restores it after', async () => {
    const { container } = renderWithI18n(<Page />);
    await openDialog();
    expect(container).toHaveAttribute('inert');
    expect(screen.getByRole('dialog').closest('[inert]')).toBeNull();
    await setupUser().click(screen.getByRole('button', { name: 'Tôi vẫn ở đây' }));
    expect(container).not.toHaveAttribute('inert');
  });

  it('returns focus to the element that opened it', async () => {
    renderWithI18n(<Page />);
    const opener = await openDialog();
    await setupUser().click(screen.getByRole('button', { name: 'Tôi vẫn ở đây' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('Escape closes only a dismissible dialog', async () => {
    const onClose = vi.fn();
    const { unmount } = renderWithI18n(<Page onClose={onClose} />);
    await openDialog();
    await setupUser().keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    unmount();

    const onDismiss = vi.fn();
    renderWithI18n(<Page dismissible onClose={onDismiss} />);
    const opener = await openDialog();
    await setupUser().keyboard('{Escape}');
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });
});
