'use client';

import { MenuIcon } from 'lucide-react';
import Link from 'next/link';
import { MAIN_NAV } from '@/components/marketing/nav-items';
import { Button } from '@/components/ui/button';
import { Sheet, SheetClose, SheetContent, SheetFooter, SheetHeader, SheetTitle, SheetTrigger } from '@/components/ui/sheet';

/**
 * The header's navigation below the `sm` breakpoint: a menu button that opens a sheet. Every link sits in
 * SheetClose so following it (including a same-page `#features` anchor) also closes the sheet; Radix
 * traps focus inside while it is open and returns it to the button afterwards.
 */
export function MobileNav() {
  return (
    <Sheet>
      <SheetTrigger asChild>
        <Button type="button" variant="ghost" size="icon" className="sm:hidden" aria-label="Open menu">
          <MenuIcon aria-hidden="true" />
        </Button>
      </SheetTrigger>
      <SheetContent side="right" aria-describedby={undefined}>
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
