// A reminder as an e-mail message file (.eml, RFC 5322 with MIME): a draft the analyst opens in a mail program,
// with the text as UTF-8 and the workbook attached. Every line is 7-bit ASCII and CRLF-ended, so that any mail
// program reads it; words that are not ASCII travel as RFC 2047 encoded-words (headers) or base64 (the parts).
import { randomUUID } from 'node:crypto';

export interface ReminderEmail {
  /** The sender's name, and an address where one is known (null: a placeholder the mail program replaces). */
  readonly from: { readonly name: string; readonly address: string | null };
  /** null: no To line, for the analyst to fill in (agencies carry no e-mail address in PlanDesk). */
  readonly to: string | null;
  readonly subject: string;
  readonly text: string;
  readonly at: Date;
  readonly attachment: { readonly fileName: string; readonly contentType: string; readonly bytes: Uint8Array } | null;
}

/** An address no mail is ever delivered to (RFC 2606's .invalid), so a draft sent unedited goes nowhere. */
export const NO_SENDER_ADDRESS = 'pmu@sender.invalid';
const CRLF = '\r\n';

const isPlainAscii = (text: string) => /^[\x20-\x7e]*$/.test(text);

/** Base64 lines of at most 76 characters, as MIME asks. */
function base64Lines(bytes: Uint8Array): string {
  const all = Buffer.from(bytes).toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < all.length; i += 76) lines.push(all.slice(i, i + 76));
  return lines.join(CRLF);
}

/** RFC 2047 encoded-words of at most 45 bytes of UTF-8 each (a character is never split), folded one per line. */
function encodedWords(text: string): string {
  const words: string[] = [];
  let chunk = '';
  for (const char of text) {
    if (Buffer.byteLength(chunk + char, 'utf8') > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
}

/** A header's text: ASCII folded at spaces to lines of about 78 characters, anything else as encoded-words. */
function headerText(name: string, text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ');
  if (!isPlainAscii(clean)) return `${name}: ${encodedWords(clean)}`;
  const lines: string[] = [];
  let line = `${name}:`;
  for (const word of clean.split(' ')) {
    if (line.length + 1 + word.length > 78 && line.length > name.length + 1) {
      lines.push(line);
      line = '';
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines.join(CRLF);
}

function mailbox(name: string, address: string): string {
  const clean = name.replace(/[\r\n]+/g, ' ').trim();
  if (clean === '') return `<${address}>`;
  const display = isPlainAscii(clean) ? `"${clean.replace(/(["\\])/g, '\\$1')}"` : encodedWords(clean);
  return `${display} <${address}>`;
}

/** A file name parameter: quoted when ASCII, else RFC 2231's UTF-8 percent-encoding. */
function fileNameParameter(parameter: string, fileName: string): string {
  if (isPlainAscii(fileName)) return `${parameter}="${fileName.replace(/(["\\])/g, '\\$1')}"`;
  const encoded = [...Buffer.from(fileName, 'utf8')].map((b) => (/[A-Za-z0-9._-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
  return `${parameter}*=UTF-8''${encoded}`;
}

/** The message's date as RFC 5322 writes it: "Sun, 06 Dec 2026 21:40:00 +0000". */
function messageDate(at: Date): string {
  return at.toUTCString().replace(/GMT$/, '+0000');
}

/** The whole .eml: headers, the text part and the attachment, CRLF line ends. */
export function reminderEml(email: ReminderEmail): string {
  const boundary = `=_PlanDesk_${randomUUID().replace(/-/g, '')}`;
  const headers = [
    `Date: ${messageDate(email.at)}`,
    `From: ${mailbox(email.from.name, email.from.address ?? NO_SENDER_ADDRESS)}`,
    ...(email.to ? [`To: ${email.to}`] : []),
    headerText('Subject', email.subject),
    `Message-ID: <${randomUUID()}@plandesk.invalid>`,
    // Outlook opens a message marked unsent as a draft to send, rather than as a message received.
    'X-Unsent: 1',
    'MIME-Version: 1.0',
  ];
  const text = Buffer.from(email.text.replace(/\r?\n/g, CRLF), 'utf8');
  const textPart = ['Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', base64Lines(text)];
  if (email.attachment === null) return [...headers, ...textPart, ''].join(CRLF);
  const { fileName, contentType, bytes } = email.attachment;
  return [
    ...headers,
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    'This is a message in MIME format.',
    `--${boundary}`,
    ...textPart,
    `--${boundary}`,
    `Content-Type: ${contentType}; ${fileNameParameter('name', fileName)}`,
    `Content-Disposition: attachment; ${fileNameParameter('filename', fileName)}`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(bytes),
    `--${boundary}--`,
    '',
  ].join(CRLF);
}

/** The first e-mail address in a text (the contact a workbook was sent with), or null. */
export function addressIn(text: string): string | null {
  return /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/.exec(text)?.[0] ?? null;
}
