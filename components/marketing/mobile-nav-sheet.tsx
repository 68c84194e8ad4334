'use client';

import Link from 'next/link';
import type { RefObject } from 'react';
import { MAIN_NAV } from '@/components/marketing/nav-items';
import { Button } from '@/components/ui/button';
import { Sheet, SheetClose, SheetContent, SheetFooter, SheetHeader, SheetTitle } from '@/components/ui/sheet';

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The menu button that opened the sheet: focus goes back to it on close. */
  returnFocusTo: RefObject<HTMLElement | null>;
};

/**
 * The mobile menu's sheet. Every link sits in SheetClose so following it (including a same-page `#features`
 * anchor) also closes the sheet. Radix traps focus inside while it is open; it is opened by a plain button
 * rather than a SheetTrigger (the sheet's code loads on the first tap), so Radix would not know where to put
 * focus back, and onCloseAutoFocus returns it to that button explicitly.
 */
export function MobileNavSheet({ open, onOpenChange, returnFocusTo }: Props) {
  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent
        side="right"
        aria-describedby={undefined}
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          returnFocusTo.current?.focus();
        }}
      >
        <SheetHeader>
          <SheetTitle>Menu</SheetTitle>
        </SheetHeader>
        <nav aria-label="Main" className="flex flex-col px-4">
          {MAIN_NAV.map((item) => (
            <SheetClose key={item.href} asChild>
              <Link href={item.href} className="rounded-md px-2 py-3 text-base hover:bg-accent hover:text-accent-foreground">
                {item.label}
              </Link>
            </SheetClose>
          ))}
        </nav>
        <SheetFooter>
          <SheetClose asChild>
            <Button asChild variant="outline">
              <Link href="/sign-in">Sign in</Link>
            </Button>
          </SheetClose>
          <SheetClose asChild>
            <Button asChild>
              <Link href="/sign-up">Get started</Link>
            </Button>
          </SheetClose>
        </SheetFooter>
      </SheetContent>
    </Sheet>
  );
}
