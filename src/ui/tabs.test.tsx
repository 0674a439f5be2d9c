// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Tabs } from './tabs';

function TabSet({ label }: { label: string }) {
  const [selected, setSelected] = useState<'a' | 'b'>('a');
  return (
    <Tabs
      label={label}
      selected={selected}
      onSelect={setSelected}
      tabs={[
        { id: 'a', label: 'First', panel: <p>first panel</p> },
        { id: 'b', label: 'Second', panel: <p>second panel</p> },
      ]}
    />
  );
}

describe('Tabs', () => {
  it('gives two tab sets on one page their own ids, each tab tied to its panel', () => {
    render(
      <>
        <TabSet label="one" />
        <TabSet label="two" />
      </>,
    );
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const label of ['one', 'two']) {
      const list = screen.getByRole('tablist', { name: label });
      const tab = within(list).getByRole('tab', { name: 'First' });
      const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
      expect(panel).toHaveAttribute('role', 'tabpanel');
      expect(panel).toHaveAttribute('aria-labelledby', tab.id);
      expect(panel).toHaveTextContent('first panel');
    }
  });

  it('moves with the arrow keys and shows only the chosen panel', async () => {
    const user = userEvent.setup();
    render(<TabSet label="one" />);
    await user.click(screen.getByRole('tab', { name: 'First' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Second' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Second' })).toHaveFocus();
    expect(screen.getByRole('tabpanel', { name: 'Second' })).toHaveTextContent('second panel');
    expect(screen.queryByText('first panel')).toBeNull();
  });
});

describe('Tabs preload', () => {
  it('starts loading a panel when its tab is pointed at or focused, before it is chosen', async () => {
    const loads: string[] = [];
    render(
      <Tabs
        label="preloading"
        selected="a"
        onSelect={() => undefined}
        tabs={[
          { id: 'a', label: 'First', panel: <p>first</p> },
          { id: 'b', label: 'Second', panel: <p>second</p>, preload: () => loads.push('b') },
        ]}
      />,
    );
    const user = userEvent.setup();
    await user.hover(screen.getByRole('tab', { name: 'Second' }));
    expect(loads).toEqual(['b']);
    screen.getByRole('tab', { name: 'Second' }).focus();
    expect(loads).toEqual(['b', 'b']);
    expect(screen.queryByText('second')).toBeNull();
  });
});
