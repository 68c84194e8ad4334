/** "1 lead", "2 leads", "1,200 leads": the count with thousands separators and the word in the right number. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
