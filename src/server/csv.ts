/** @module Exports: CSV with RFC 4180 quoting and a BOM so spreadsheet programs read Chinese as UTF-8, or JSON. */
import type { FastifyReply } from 'fastify';

function cell(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Sends a download: the JSON answer, or the same rows as CSV (masked on the way out like every answer). */
export function sendExport(
  reply: FastifyReply,
  download: {
    name: string;
    format: 'csv' | 'json';
    json: object;
    header: readonly string[];
    rows: unknown[][];
  },
) {
  reply.header('content-disposition', `attachment; filename="${download.name}.${download.format}"`);
  if (download.format === 'json') return download.json;
  return reply.type('text/csv; charset=utf-8').send(toCsv(download.header, download.rows));
}
