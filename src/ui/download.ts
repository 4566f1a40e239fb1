/** Saves a file the way a browser download does, named after the board. */
export function download(fileName: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** "Lighting project 2026-11-22.csv": the title without characters file systems refuse. */
export function exportFileName(title: string, extension: string, now = new Date()): string {
  const printable = [...title].filter((ch) => ch >= ' ').join('');
  const clean = printable.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'Journeyboard';
  return `${clean} ${now.toISOString().slice(0, 10)}.${extension}`;
}
