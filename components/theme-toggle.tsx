'use client';

import * as React from 'react';
import { MoonIcon, SunIcon } from 'lucide-react';
import { useTheme } from 'next-themes';

import { cn } from '@/lib/utils';
import { Button } from '@/components/ui/button';

/**
 * Switches between light and dark. Both icons are always rendered and swapped
 * with the `dark:` variant, so server and client markup match before next-themes
 * knows the resolved theme (no hydration mismatch).
 */
function ThemeToggle({
  className,
  onClick,
  ...props
}: Omit<React.ComponentProps<typeof Button>, 'variant' | 'size' | 'asChild' | 'children'>) {
  const { resolvedTheme, setTheme } = useTheme();

  return (
    <Button
      type="button"
      variant="ghost"
      size="icon"
      aria-label="Toggle theme"
      data-testid="theme-toggle"
      className={cn('relative', className)}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented) return;
        const current =
          resolvedTheme ??
          (document.documentElement.classList.contains('dark') ? 'dark' : 'light');
        setTheme(current === 'dark' ? 'light' : 'dark');
      }}
      {...props}
    >
      <SunIcon
        aria-hidden="true"
        className="size-[1.2rem] rotate-0 scale-100 transition-all dark:-rotate-90 dark:scale-0"
      />
      <MoonIcon
        aria-hidden="true"
        className="absolute size-[1.2rem] rotate-90 scale-0 transition-all dark:rotate-0 dark:scale-100"
      />
    </Button>
  );
}

export { ThemeToggle };
