import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';

// Documents the commission files, as PDF: A4, Chinese text set in Noto Sans SC, which ships in an
// npm package (@expo-google-fonts/noto-sans-sc, SIL Open Font License) and is embedded in every
// file (only the glyphs used), so no system font is needed to make or to read one.

const require = createRequire(import.meta.url);
const FONTS = {
  regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
};

/** A4 in points, with 2 cm margins; the header and footer sit in the top and bottom margins. */
const MARGIN = 57;
const HEADER_Y = 28;
const SMALL = 8.5;
const BODY = 10.5;

export interface DocumentIdentity {
  /** What the document is, e.g. 整改通知书. */
  title: string;
  /** What identifies this one on every page: its code, version and date, as the document has them. */
  identity: string;
  /** The PDF's metadata. */
  subject?: string;
}

/** A document being written: text in the body font, headings, labelled fields. */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;

  constructor(identity: DocumentIdentity) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      bufferPages: true,
      info: { Title: identity.title, Subject: identity.subject ?? identity.identity, Creator: 'Reform Graph' },
      lang: 'zh-CN',
      displayTitle: true,
    });
    this.doc.registerFont('body', FONTS.regular);
    this.doc.registerFont('bold', FONTS.bold);
    this.doc.font('body').fontSize(BODY);
  }

  get width(): number {
    return this.doc.page.width - MARGIN * 2;
  }

  /** The document's title, centred. */
  title(text: string): void {
    this.doc.font('bold').fontSize(18).text(text, { align: 'center' }).moveDown(0.8);
    this.doc.font('body').fontSize(BODY);
  }

  heading(text: string): void {
    this.doc.moveDown(0.6).font('bold').fontSize(12).text(text).moveDown(0.3);
    this.doc.font('body').fontSize(BODY);
  }

  paragraph(text: string): void {
    this.doc.font('body').fontSize(BODY).text(text, { lineGap: 3 }).moveDown(0.4);
  }

  /** `label：value` lines, the labels in bold. */
  fields(rows: readonly (readonly [string, string | null | undefined])[]): void {
    for (const [label, value] of rows) {
      this.doc.font('bold').text(`${label}：`, { continued: true, lineGap: 3 });
      this.doc.font('body').text(value === null || value === undefined || value === '' ? '—' : value, { lineGap: 3 });
    }
    this.doc.moveDown(0.4);
  }

  /**
   * Puts the identity at the top and 第 n 页 / 共 m 页 at the bottom of every page, then writes the
   * file to `out` and resolves once it is all written.
   */
  async finish(identity: DocumentIdentity, out: Writable): Promise<void> {
    const { doc } = this;
    const done = new Promise<void>((resolve, reject) => {
      let finished = false;
      doc.on('error', reject);
      out.on('error', reject);
      out.on('finish', () => {
        finished = true;
        resolve();
      });
      // The reader went away before the end (a closed browser tab): nothing waits for 'finish' forever.
      out.on('close', () => {
        if (!finished) reject(new Error('The document’s output was closed before it was written.'));
      });
    });
    doc.pipe(out);
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      // Writing inside the margins would start a new page: the margin is set aside while the lines are written.
      const { bottom } = doc.page.margins;
      doc.page.margins.bottom = 0;
      doc.font('body').fontSize(SMALL).fillColor('#555555');
      doc.text(`${identity.title}\u3000${identity.identity}`, MARGIN, HEADER_Y, { width: this.width, align: 'left', lineBreak: false });
      doc.text(`第 ${i - range.start + 1} 页 / 共 ${range.count} 页`, MARGIN, doc.page.height - HEADER_Y - SMALL, {
        width: this.width,
        align: 'center',
        lineBreak: false,
      });
      doc.page.margins.bottom = bottom;
      doc.fillColor('black');
    }
    doc.end();
    await done;
  }
}
