import type { jsPDF } from 'jspdf';
import { MARGIN, TYPE } from './theme.ts';

/** The page a report is drawn on, and the area inside its margins (the footer keeps the bottom). */
export interface Page {
  width: number;
  height: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function pageOf(doc: jsPDF): Page {
  const width = doc.internal.pageSize.getWidth();
  const height = doc.internal.pageSize.getHeight();
  return { width, height, left: MARGIN, top: MARGIN, right: width - MARGIN, bottom: height - MARGIN - TYPE.tiny.line - 6 };
}

export function fillRect(doc: jsPDF, x: number, y: number, w: number, h: number, fill: string, radius = 0, stroke?: string): void {
  doc.setFillColor(fill);
  if (stroke) {
    doc.setDrawColor(stroke);
    doc.setLineWidth(0.6);
  }
  const style = stroke ? 'FD' : 'F';
  if (radius > 0) doc.roundedRect(x, y, w, h, radius, radius, style);
  else doc.rect(x, y, w, h, style);
}
