/**
 * @module Reading the text back out of an uncompressed PDF from pdfkit, for tests: no PDF parser is installed, and
 * the glyph codes of an embedded font mean nothing without its ToUnicode map. It reads what pdfkit writes (one
 * `[<hex> kern <hex>] TJ` per line of text) and nothing more general.
 */

/** Each page's lines of text, in drawing order. */
export function pdfPages(pdf: Buffer): string[][] {
  const objects = new Map<string, string>();
  for (const match of pdf.toString('latin1').matchAll(/^(\d+) 0 obj\n([\s\S]*?)\nendobj$/gm)) {
    objects.set(match[1]!, match[2]!);
  }
  const object = (ref: string) => objects.get(ref) ?? '';
  const pagesTree = [...objects.values()].find((body) => body.includes('/Type /Pages'))!;
  const kids = [...pagesTree.match(/\/Kids \[([^\]]*)\]/)![1]!.matchAll(/(\d+) 0 R/g)].map((ref) => ref[1]!);
  return kids.map((kid) => {
    const page = object(kid);
    const resources = object(page.match(/\/Resources (\d+) 0 R/)![1]!);
    const fonts = new Map(
      [...resources.matchAll(/\/(F\d+) (\d+) 0 R/g)].map(([, name, ref]) => [
        name!,
        decoderOf(object(ref!), object),
      ]),
    );
    return linesOf(streamOf(object(page.match(/\/Contents (\d+) 0 R/)![1]!)), fonts);
  });
}

type Decoder = (hex: string) => string;

function streamOf(body: string): string {
  return body.match(/stream\n([\s\S]*?)\nendstream/)?.[1] ?? '';
}

/** An embedded (Type0) font's codes through its ToUnicode map; a standard font's bytes as Latin-1. */
function decoderOf(font: string, object: (ref: string) => string): Decoder {
  const toUnicode = font.match(/\/ToUnicode (\d+) 0 R/);
  if (!toUnicode) return (hex) => Buffer.from(hex, 'hex').toString('latin1');
  const map = new Map<number, string>();
  for (const [, start, targets] of streamOf(object(toUnicode[1]!)).matchAll(
    /<([0-9a-f]+)> <[0-9a-f]+> \[([^\]]*)\]/g,
  )) {
    [...targets!.matchAll(/<([0-9a-f ]+)>/g)].forEach(([, target], offset) => {
      map.set(
        Number.parseInt(start!, 16) + offset,
        Buffer.from(target!.replaceAll(' ', ''), 'hex').swap16().toString('utf16le'),
      );
    });
  }
  return (hex) =>
    (hex.match(/.{4}/g) ?? []).map((code) => map.get(Number.parseInt(code, 16)) ?? '\uFFFD').join('');
}

function linesOf(content: string, fonts: Map<string, Decoder>): string[] {
  const lines: string[] = [];
  let decode: Decoder = () => '';
  for (const [, font, shown] of content.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
    if (font) decode = fonts.get(font) ?? decode;
    else lines.push([...shown!.matchAll(/<([0-9a-f]*)>/g)].map(([, hex]) => decode(hex!)).join(''));
  }
  return lines;
}
