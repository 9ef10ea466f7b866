import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { setupUser } from '../user';
import { renderWithI18n } from '../render';
import { CheckboxCards, RadioCards } from '../../../src-renderer/ui';

const relations = [
  { value: 'self', label: 'Cho bản thân' },
  { value: 'child', label: 'Cho con', hint: 'Con dưới 18 tuổi' },
  { value: 'other', label: 'Cho người khác' },
];

function Radios({ error }: { error?: string }) {
  const [value, setValue] = useState<string | null>(null);
  return (
    <>
      <RadioCards id="who" legend="Bạn làm hồ sơ cho ai?" asHeading options={relations} value={value} onChange={setValue} error={error} />
      <output data-testid="value">{value}</output>
    </>
  );
}

function Checkboxes() {
  const [value, setValue] = useState<string[]>([]);
  return (
    <>
      <CheckboxCards
        id="docs"
        legend="Bạn mang theo giấy tờ nào?"
        hint="Chọn tất cả giấy tờ bạn có"
        optional
        options={[
          { value: 'cccd', label: 'Căn cước công dân' },
          { value: 'birth', label: 'Giấy khai sinh' },
        ]}
        value={value}
        onChange={setValue}
      />
      <output data-testid="value">{value.join(',')}</output>
    </>
  );
}

describe('RadioCards', { timeout: 30_000 }, () => {
  it('a fieldset whose legend is the page heading, with real radios labelled by the cards', () => {
    renderWithI18n(<Radios />);
    expect(screen.getByRole('heading', { level: 1, name: 'Bạn làm hồ sơ cho ai?' })).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'Bạn làm hồ sơ cho ai?' });
    expect(group.tagName).toBe('FIELDSET');
    expect(screen.getAllByRole('radio')).toHaveLength(3);
    expect(screen.getByRole('radio', { name: 'Cho con' })).toHaveAccessibleDescription('Con dưới 18 tuổi');
    expect(screen.getByRole('radio', { name: 'Cho bản thân' })).toHaveAttribute('id', 'who');
    expect(screen.getByRole('radio', { name: 'Cho con' })).toHaveAttribute('id', 'who-2');
  });

  it('clicking a card selects its radio; arrow keys move the selection', async () => {
    renderWithI18n(<Radios />);
    await setupUser().click(screen.getByText('Cho con'));
    expect(screen.getByRole('radio', { name: 'Cho con' })).toBeChecked();
    expect(screen.getByTestId('value')).toHaveTextContent('child');
    await setupUser().keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Cho người khác' })).toBeChecked();
    expect(screen.getByTestId('value')).toHaveTextContent('other');
  });

  it('an error describes the group', () => {
    renderWithI18n(<Radios error="Chọn bạn làm hồ sơ cho ai" />);
    expect(screen.getByRole('group', { name: 'Bạn làm hồ sơ cho ai?' })).toHaveAccessibleDescription('Lỗi: Chọn bạn làm hồ sơ cho ai');
  });
});

describe('CheckboxCards', { timeout: 30_000 }, () => {
  it('clicking cards toggles real checkboxes; optional is marked in words', async () => {
    renderWithI18n(<Checkboxes />);
    const group = screen.getByRole('group', { name: 'Bạn mang theo giấy tờ nào? (không bắt buộc)' });
    expect(group).toHaveAccessibleDescription('Chọn tất cả giấy tờ bạn có');
    await setupUser().click(screen.getByText('Giấy khai sinh'));
    await setupUser().click(screen.getByText('Căn cước công dân'));
    expect(screen.getByRole('checkbox', { name: 'Giấy khai sinh' })).toBeChecked();
    expect(screen.getByTestId('value')).toHaveTextContent('birth,cccd');
    await setupUser().click(screen.getByText('Giấy khai sinh'));
    expect(screen.getByRole('checkbox', { name: 'Giấy khai sinh' })).not.toBeChecked();
    expect(screen.getByTestId('value')).toHaveTextContent('cccd');
  });
});
