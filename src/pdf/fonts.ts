import type { jsPDF } from 'jspdf';

/** The report's one family, Noto Sans SC: Latin and Chinese in the same face, embedded as subsets. */
export const FAMILY = 'NotoSansSC';

export interface ReportFonts {
  /** TrueType files, base64: regular (400) and bold (700). */
  regular: string;
  bold: string;
}

export function registerFonts(doc: jsPDF, fonts: ReportFonts): void {
  doc.addFileToVFS('NotoSansSC-Regular.ttf', fonts.regular);
  doc.addFont('NotoSansSC-Regular.ttf', FAMILY, 'normal');
  doc.addFileToVFS('NotoSansSC-Bold.ttf', fonts.bold);
  doc.addFont('NotoSansSC-Bold.ttf', FAMILY, 'bold');
  doc.setFont(FAMILY, 'normal');
}
