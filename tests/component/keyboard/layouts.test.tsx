import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { setupUser } from '../user';
import { renderWithI18n } from '../render';
import { ControlledField, Page } from './harness';
import { resetKeyboardPreferences } from '../../../src-renderer/keyboard/ui';

const keyboard = (name = 'Bàn phím trên màn hình') => screen.getByRole('group', { name });

describe('OnScreenKeyboard layouts', { timeout: 30_000 }, () => {
  afterEach(() => resetKeyboardPreferences());

  it('is closed until a text field takes focus, and is a labelled group, not a dialog', async () => {
    renderWithI18n(
      <Page>
        <ControlledField id="name" label="Họ và tên" />
      </Page>,
    );
    expect(screen.queryByRole('group', { name: 'Bàn phím trên màn hình' })).not.toBeInTheDocument();
    await setupUser().click(screen.getByLabelText('Họ và tên'));
    expect(keyboard()).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('letters for a name field: Vietnamese letters, the tone row in direct mode (the default), and the mode switch', async () => {
    renderWithI18n(
      <Page>
        <ControlledField id="name" label="Họ và tên" />
      </Page>,
    );
    await setupUser().click(screen.getByLabelText('Họ và tên'));
    const kb = within(keyboard());
    for (const letter of ['q', 'a', 'm', 'ă', 'â', 'đ', 'ê', 'ô', 'ơ', 'ư']) expect(kb.getByRole('button', { name: letter })).toBeInTheDocument();
    for (const tone of ['Dấu sắc', 'Dấu huyền', 'Dấu hỏi', 'Dấu ngã', 'Dấu nặng', 'Bỏ dấu'])
      expect(kb.getByRole('button', { name: tone })).toBeInTheDocument();
    for (const name of ['Xoá lùi', 'Chữ hoa', 'Dấu cách', 'Tiếp', 'Ẩn bàn phím']) expect(kb.getByRole('button', { name })).toBeInTheDocument();
    const methods = within(kb.getByRole('group', { name: 'Cách gõ dấu' }));
    expect(methods.getByRole('button', { name: 'Gõ trực tiếp' })).toHaveAttribute('aria-pressed', 'true');
    expect(methods.getByRole('button', { name: 'Telex' })).toHaveAttribute('aria-pressed', 'false');

    await setupUser().click(methods.getByRole('button', { name: 'Telex' }));
    expect(methods.getByRole('button', { name: 'Telex' })).toHaveAttribute('aria-pressed', 'true');
    expect(kb.queryByRole('button', { name: 'Dấu sắc' })).not.toBeInTheDocument();
    expect(kb.queryByRole('button', { name: 'ê' })).not.toBeInTheDocument();
    expect(kb.getByText(/aa → â/)).toBeInTheDocument();
  });

  it.each([
    ['inputmode numeric', { inputMode: 'numeric' as const }],
    ['type tel', { type: 'tel' }],
    ['inputmode tel', { inputMode: 'tel' as const }],
    ['type number', { type: 'number' }],
  ])('a numeric pad for %s: digits, delete and Tiếp only', async (_label, props) => {
    renderWithI18n(
      <Page>
        <ControlledField id="id" label="Số định danh" {...props} />
      </Page>,
    );
    await setupUser().click(screen.getByLabelText('Số định danh'));
    const buttons = within(keyboard())
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(buttons.filter((n) => n !== 'Ẩn bàn phím').sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'Tiếp', 'Xoá lùi'].sort());
  });

  it('inputmode decimal adds a comma', async () => {
    renderWithI18n(
      <Page>
        <ControlledField id="area" label="Diện tích" inputMode="decimal" />
      </Page>,
    );
    await setupUser().click(screen.getByLabelText('Diện tích'));
    expect(within(keyboard()).getByRole('button', { name: ',' })).toBeInTheDocument();
  });

  it('an email layout with @ . - _ .com .vn and digits, without the Vietnamese tone row or mode switch', async () => {
    renderWithI18n(
      <Page>
        <ControlledField id="email" label="Thư điện tử" type="email" />
      </Page>,
    );
    const input = screen.getByLabelText('Thư điện tử');
    await setupUser().click(input);
    const kb = within(keyboard());
    for (const name of ['@', '.', '-', '_', '.com', '.vn', '1', '0', 'a', 'z']) expect(kb.getByRole('button', { name })).toBeInTheDocument();
    expect(kb.queryByRole('group', { name: 'Cách gõ dấu' })).not.toBeInTheDocument();
    expect(kb.queryByRole('button', { name: 'Dấu sắc' })).not.toBeInTheDocument();
    // No Telex: "aa" stays "aa" in an e-mail address.
    for (const name of ['a', 'a', '@', 'b', '.com']) await setupUser().click(kb.getByRole('button', { name }));
    expect(screen.getByTestId('email-state')).toHaveTextContent('aa@b.com');
  });

  it('does not open for checkboxes, radios, read-only fields or inputmode="none"', async () => {
    renderWithI18n(
      <Page>
        <input type="checkbox" aria-label="Đồng ý" />
        <input type="radio" aria-label="Có" />
        <input type="text" readOnly aria-label="Mã hồ sơ" value="AB12" />
        <input type="text" inputMode="none" aria-label="Quét mã" />
      </Page>,
    );
    for (const name of ['Đồng ý', 'Có', 'Mã hồ sơ', 'Quét mã']) {
      await setupUser().click(screen.getByLabelText(name));
      expect(screen.queryByRole('group', { name: 'Bàn phím trên màn hình' })).not.toBeInTheDocument();
    }
  });

  it('names keys in English when the kiosk speaks English', async () => {
    renderWithI18n(
      <Page>
        <ControlledField id="name" label="Full name" />
      </Page>,
      'en',
    );
    await setupUser().click(screen.getByLabelText('Full name'));
    const kb = within(keyboard('On-screen keyboard'));
    for (const name of ['Delete', 'Capital letter', 'Space', 'Next', 'Hide keyboard', 'Acute tone (sắc)', 'Direct'])
      expect(kb.getByRole('button', { name })).toBeInTheDocument();
  });
});
