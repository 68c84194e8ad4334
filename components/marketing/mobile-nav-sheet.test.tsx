import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Sheet, SheetContent } from '@/components/ui/sheet';
import { MobileNav } from './mobile-nav';
import { MobileNavSheet } from './mobile-nav-sheet';

type ContentProps = { onCloseAutoFocus?: (event: Event) => void };

// There is no DOM in these tests: the sheet's element tree is inspected instead of rendering the portal.
function sheetContentOf(element: ReactElement<{ children: ReactElement<ContentProps> }>) {
  expect(element.type).toBe(Sheet);
  const content = element.props.children;
  expect(content.type).toBe(SheetContent);
  return content.props;
}

describe('MobileNavSheet', () => {
  it('returns focus to the menu button when it closes, instead of leaving it to Radix', () => {
    const button = { focus: vi.fn() } as unknown as HTMLButtonElement;
    const element = MobileNavSheet({ open: false, onOpenChange: () => {}, returnFocusTo: { current: button } });
    const { onCloseAutoFocus } = sheetContentOf(element as never);
    const event = new Event('focusout', { cancelable: true });
    onCloseAutoFocus!(event);
    expect(event.defaultPrevented).toBe(true);
    expect(button.focus).toHaveBeenCalledTimes(1);
  });

  it('does not throw when the button is gone (the header unmounted first)', () => {
    const element = MobileNavSheet({ open: false, onOpenChange: () => {}, returnFocusTo: { current: null } });
    const event = new Event('focusout', { cancelable: true });
    expect(() => sheetContentOf(element as never).onCloseAutoFocus!(event)).not.toThrow();
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('MobileNav', () => {
  it('renders only the menu button until the first tap', () => {
    const html = renderToStaticMarkup(<MobileNav />);
    expect(html).toMatch(/^<button[^>]*aria-label="Open menu"[^>]*>.*<\/button>$/);
    expect(html).toContain('aria-expanded="false"');
  });
});
