/**
 * @module A text shown as it was pasted, with marked stretches: each a <mark> with a tooltip, so the reader sees
 * where in their own text a finding is. Offsets are UTF-16 indexes, as the API counts them.
 */
import type { ReactNode } from 'react';

export interface TextMark {
  /** [start, end) in the text. */
  start: number;
  end: number;
  className: string;
  title: string;
  testId: string;
  /** Extra `data-*` attributes, for tests and styles. */
  data?: Record<string, string>;
}

export function HighlightedText({
  text,
  marks,
  testId,
}: {
  text: string;
  marks: TextMark[];
  testId: string;
}) {
  const pieces: ReactNode[] = [];
  let at = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start || a.end - b.end)) {
    // Findings of two documents may overlap: the first one keeps the stretch.
    if (mark.start < at || mark.end > text.length) continue;
    if (mark.start > at) pieces.push(text.slice(at, mark.start));
    const data = Object.fromEntries(
      Object.entries(mark.data ?? {}).map(([key, value]) => [`data-${key}`, value]),
    );
    pieces.push(
      <mark
        key={`${mark.start}-${mark.end}`}
        className={mark.start === mark.end ? `${mark.className} empty-mark` : mark.className}
        title={mark.title}
        data-testid={mark.testId}
        data-start={mark.start}
        data-end={mark.end}
        {...data}
      >
        {text.slice(mark.start, mark.end)}
      </mark>,
    );
    at = mark.end;
  }
  pieces.push(text.slice(at));
  return (
    <div className="leak-text" data-testid={testId}>
      {pieces}
    </div>
  );
}
