import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { setupUser } from '../user';
import { renderWithI18n } from '../render';
import { DateInput, ErrorSummary, TextInput, type ErrorSummaryItem } from '../../../src-renderer/ui';

const empty = { day: '', month: '', year: '' };

function Form({ errors }: { errors: ErrorSummaryItem[] }) {
  const [name, setName] = useState('');
  return (
    <>
      <ErrorSummary errors={errors} />
      <TextInput id="name" label="Họ và tên" value={name} onChange={setName} />
      <DateInput id="dob" legend="Ngày sinh" value={empty} onChange={() => undefined} />
    </>
  );
}

describe('ErrorSummary', { timeout: 30_000 }, () => {
  it('renders nothing without errors', () => {
    const { container } = renderWithI18n(<ErrorSummary errors={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('is an alert with the title and one link per error, and takes focus when it appears', () => {
    renderWithI18n(<Form errors={[{ fieldId: 'name', message: 'Nhập họ và tên' }]} />);
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveAttribute('tabindex', '-1');
    expect(screen.getByRole('heading', { level: 2, name: 'Có lỗi cần sửa' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nhập họ và tên' })).toHaveAttribute('href', '#name');
  });

  it('English title', () => {
    renderWithI18n(<ErrorSummary errors={[{ fieldId: 'name', message: 'Enter your full name' }]} />, 'en');
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
  });

  it('takes focus again when the list of errors changes', async () => {
    const view = renderWithI18n(<Form errors={[]} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    view.rerender(<Form errors={[{ fieldId: 'name', message: 'Nhập họ và tên' }]} />);
    expect(screen.getByRole('alert')).toHaveFocus();
    await setupUser().click(screen.getByLabelText('Họ và tên'));
    expect(screen.getByRole('alert')).not.toHaveFocus();
    view.rerender(<Form errors={[{ fieldId: 'dob-day', message: 'Nhập ngày sinh' }]} />);
    expect(screen.getByRole('alert')).toHaveFocus();
  });

  it('does not steal focus when re-rendered with the same errors', async () => {
    const errors = [{ fieldId: 'name', message: 'Nhập họ và tên' }];
    const view = renderWithI18n(<Form errors={errors} />);
    await setupUser().click(screen.getByLabelText('Họ và tên'));
    view.rerender(<Form errors={[...errors]} />);
    expect(screen.getByLabelText('Họ và tên')).toHaveFocus();
  });

  it('links move focus to the field, including the first box of a date', async () => {
    renderWithI18n(
      <Form
        errors={[
          { fieldId: 'name', message: 'Nhập họ và tên' },
          { fieldId: 'dob-day', message: 'Nhập ngày sinh' },
        ]}
      />,
    );
    await setupUser().click(screen.getByRole('link', { name: 'Nhập họ và tên' }));
    expect(screen.getByLabelText('Họ và tên')).toHaveFocus();
    await setupUser().click(screen.getByRole('link', { name: 'Nhập ngày sinh' }));
    expect(screen.getByLabelText('Ngày')).toHaveFocus();
  });

  it('a link to the date group id focuses its first box', async () => {
    renderWithI18n(<Form errors={[{ fieldId: 'dob', message: 'Nhập ngày sinh' }]} />);
    await setupUser().click(screen.getByRole('link', { name: 'Nhập ngày sinh' }));
    expect(screen.getByLabelText('Ngày')).toHaveFocus();
  });
});
