// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Tabs } from './tabs';

function TabSet({ label }: { label: string }) {
  const [selected, setSelected] = useState<'a' | 'b' | 'c'>('a');
  return (
    <Tabs
      label={label}
      selected={selected}
      onSelect={setSelected}
      tabs={[
        { id: 'a', label: 'First', panel: <p>first panel</p> },
        { id: 'b', label: 'Second', panel: <p>second panel</p> },
        { id: 'c', label: 'Third', panel: <p>third panel</p> },
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

  /** The tab that is chosen, focused and shown, after `keys` from the first tab. */
  async function after(keys: string) {
    cleanup();
    const user = userEvent.setup();
    render(<TabSet label="one" />);
    await user.click(screen.getByRole('tab', { name: 'First' }));
    await user.keyboard(keys);
    const chosen = screen.getAllByRole('tab').filter((t) => t.getAttribute('aria-selected') === 'true');
    expect(chosen).toHaveLength(1);
    expect(chosen[0]).toHaveFocus();
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName(chosen[0]?.textContent ?? '');
    return chosen[0]?.textContent;
  }

  it('wraps around: ArrowLeft on the first tab goes to the last, ArrowRight on the last to the first', async () => {
    expect(await after('{ArrowLeft}')).toBe('Third');
    expect(await after('{ArrowLeft}{ArrowLeft}')).toBe('Second');
    expect(await after('{ArrowLeft}{ArrowRight}')).toBe('First');
  });

  it('jumps with Home to the first tab and with End to the last', async () => {
    expect(await after('{End}')).toBe('Third');
    expect(await after('{ArrowRight}{Home}')).toBe('First');
    expect(await after('{End}{Home}{ArrowRight}')).toBe('Second');
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
