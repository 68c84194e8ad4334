'use client';

import Link from 'next/link';
import { MAIN_NAV } from '@/components/marketing/nav-items';
import { Button } from '@/components/ui/button';
import { Sheet, SheetClose, SheetContent, SheetFooter, SheetHeader, SheetTitle } from '@/components/ui/sheet';

/**
 * The mobile menu's sheet. Every link sits in SheetClose so following it (including a same-page `#features`
 * anchor) also closes the sheet; Radix traps focus inside while it is open and returns it afterwards.
 */
export function MobileNavSheet({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
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
