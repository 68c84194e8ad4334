'use client';

import { CheckIcon, ChevronsUpDownIcon } from 'lucide-react';
import { useState } from 'react';
import type { Control } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Command, CommandEmpty, CommandInput, CommandItem, CommandList } from '@/components/ui/command';
import { FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Popover, PopoverContent, PopoverTrigger } from '@/components/ui/popover';
import type { UpdateLeadRoutingFormValues, UpdateLeadRoutingInput } from '@/lib/leads/routing/routing-schemas';
import { cn } from '@/lib/utils';

type Props = { control: Control<UpdateLeadRoutingFormValues, unknown, UpdateLeadRoutingInput>; timeZones: readonly string[] };

/** A searchable list of IANA zones (type "berl" for Europe/Berlin); arrows and Enter pick one. */
export function TimeZoneField({ control, timeZones }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <FormField
      control={control}
      name="timeZone"
      render={({ field }) => (
        <FormItem className="grid gap-2">
          <FormLabel>Time zone</FormLabel>
          <Popover open={open} onOpenChange={setOpen}>
            <PopoverTrigger asChild>
              <FormControl>
                <Button
                  type="button"
                  variant="outline"
                  role="combobox"
                  aria-expanded={open}
                  onBlur={field.onBlur}
                  className="w-full max-w-sm justify-between font-normal"
                >
                  <span className="truncate">{field.value ? field.value.replaceAll('_', ' ') : 'Choose a time zone'}</span>
                  <ChevronsUpDownIcon className="size-4 opacity-50" aria-hidden />
                </Button>
              </FormControl>
            </PopoverTrigger>
            <PopoverContent className="w-(--radix-popover-trigger-width) min-w-72 p-0" align="start">
              <Command>
                <CommandInput placeholder="Search time zones…" aria-label="Search time zones" />
                <CommandList>
                  <CommandEmpty>No time zone matches.</CommandEmpty>
                  {timeZones.map((zone) => (
                    <CommandItem
                      key={zone}
                      value={zone}
                      keywords={[zone.replaceAll('_', ' ')]}
                      onSelect={() => {
                        field.onChange(zone);
                        setOpen(false);
                      }}
                    >
                      <CheckIcon className={cn('size-4', zone === field.value ? 'opacity-100' : 'opacity-0')} aria-hidden />
                      {zone.replaceAll('_', ' ')}
                    </CommandItem>
                  ))}
                </CommandList>
              </Command>
            </PopoverContent>
          </Popover>
          <FormDescription>Business hours and due times are counted in this zone, daylight saving time included.</FormDescription>
          <FormMessage />
        </FormItem>
      )}
    />
  );
}
