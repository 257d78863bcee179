/** Where in a file an import found something: 1-based line numbers of character offsets. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.starts.push(i + 1);
  }

  /** The line of the character at `offset` (binary search over the lines' starts). */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** The line of the first occurrence of `needle`; 1 when the text lacks it. */
  lineOf(needle: string): number {
    const at = this.text.indexOf(needle);
    return at < 0 ? 1 : this.lineAt(at);
  }
}
