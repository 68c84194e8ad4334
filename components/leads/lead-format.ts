const COUNT = new Intl.NumberFormat('en');

export function formatCount(value: number): string {
  return COUNT.format(value);
}

/** "1,234" or, when the count stopped at its cap, "10,000+". */
export function countLabel(total: number, capped: boolean): string {
  return capped ? `${formatCount(total)}+` : formatCount(total);
}

export function pluralLeads(total: number, capped = false): string {
  return `${countLabel(total, capped)} ${total === 1 && !capped ? 'lead' : 'leads'}`;
}

export function formatMoney(cents: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(cents / 100);
  } catch {
    // A currency code Intl does not know still shows the amount.
    return `${COUNT.format(Math.round(cents / 100))} ${currency}`;
  }
}
