'use client';

import { MenuIcon } from 'lucide-react';
import dynamic from 'next/dynamic';
import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';

// The dialog code loads on the first tap: every marketing page shows this button, few visitors open it, and
// the static pages' performance on phones depends on how much script runs before the first paint.
const MobileNavSheet = dynamic(() => import('./mobile-nav-sheet').then((module) => module.MobileNavSheet), { ssr: false });

/** The header's navigation below the `sm` breakpoint: a menu button that opens a sheet. */
export function MobileNav() {
  const [open, setOpen] = useState(false);
  const [hasOpened, setHasOpened] = useState(false);
  // The sheet is not opened by its own trigger, so it is told where focus goes back to when it closes.
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button
        ref={buttonRef}
        type="button"
        variant="ghost"
        size="icon"
        className="sm:hidden"
        aria-label="Open menu"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          setHasOpened(true);
          setOpen(true);
        }}
      >
        <MenuIcon aria-hidden="true" />
      </Button>
      {hasOpened ? <MobileNavSheet open={open} onOpenChange={setOpen} returnFocusTo={buttonRef} /> : null}
    </>
  );
}
