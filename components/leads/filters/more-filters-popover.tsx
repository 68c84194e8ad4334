'use client';

import { SlidersHorizontal } from 'lucide-react';
import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Popover, PopoverContent, PopoverTrigger } from '@/components/ui/popover';

/** The "More filters" button, badged with how many of the rarer filters are set, and their popover. */
export function MoreFiltersPopover({ active, children }: { active: number; children: ReactNode }) {
  return (
    <Popover>
      <PopoverTrigger asChild>
        <Button variant="outline">
          <SlidersHorizontal aria-hidden />
          More filters
          {active ? (
            <Badge variant="secondary" className="ml-1 px-1.5" aria-label={`${active} active`}>
              {active}
            </Badge>
          ) : null}
        </Button>
      </PopoverTrigger>
      <PopoverContent align="start" className="grid w-80 gap-4">
        {children}
      </PopoverContent>
    </Popover>
  );
}
