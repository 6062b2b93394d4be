/** "1 subscriber", "1,204 subscribers": the count, then the word that agrees with it. */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
}
