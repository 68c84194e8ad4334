'use client';

import { Plus } from 'lucide-react';
import { useRef } from 'react';
import { Button } from '@/components/ui/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import type { FieldOption } from './field-options';

type Props = {
  /** Fields not on the form yet. */
  available: FieldOption[];
  isFull: boolean;
  disabled?: boolean;
  onAdd: (option: FieldOption) => void;
  /** Runs once the menu has closed after an add, to move focus to the new row. */
  onAdded: () => void;
};

/** "Add field": the standard and custom fields the form does not ask for yet. */
export function AddFieldMenu({ available, isFull, disabled, onAdd, onAdded }: Props) {
  const added = useRef(false);
  const standard = available.filter((option) => option.kind === 'standard');
  const custom = available.filter((option) => option.kind === 'custom');

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button type="button" variant="outline" className="w-fit" disabled={disabled || isFull || available.length === 0}>
          <Plus aria-hidden />
          Add field
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent
        align="start"
        onCloseAutoFocus={(event) => {
          // Radix would put focus back on the trigger; after an add it belongs on the new field's label.
          if (!added.current) return;
          added.current = false;
          event.preventDefault();
          onAdded();
        }}
      >
        {standard.length > 0 ? (
          <DropdownMenuGroup>
            <DropdownMenuLabel>Standard fields</DropdownMenuLabel>
            {standard.map((option) => (
              <DropdownMenuItem
                key={option.key}
                onSelect={() => {
                  added.current = true;
                  onAdd(option);
                }}
              >
                {option.label}
              </DropdownMenuItem>
            ))}
          </DropdownMenuGroup>
        ) : null}
        {standard.length > 0 && custom.length > 0 ? <DropdownMenuSeparator /> : null}
        {custom.length > 0 ? (
          <DropdownMenuGroup>
            <DropdownMenuLabel>Custom fields</DropdownMenuLabel>
            {custom.map((option) => (
              <DropdownMenuItem
                key={option.key}
                onSelect={() => {
                  added.current = true;
                  onAdd(option);
                }}
              >
                {option.label}
              </DropdownMenuItem>
            ))}
          </DropdownMenuGroup>
        ) : null}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
