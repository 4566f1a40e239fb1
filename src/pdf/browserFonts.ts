import boldUrl from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url';
import regularUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import type { ReportFonts } from './fonts.ts';

let loading: Promise<ReportFonts> | null = null;

/** The report fonts fetched once per page load, only when a PDF is first exported. */
export function loadBrowserFonts(): Promise<ReportFonts> {
  loading ??= Promise.all([fetchBase64(regularUrl), fetchBase64(boldUrl)]).then(([regular, bold]) => ({ regular, bold }));
  loading.catch(() => (loading = null)); // a failed fetch may be retried
  return loading;
}

/** A font that did not arrive, named so that the export dialog can say so in the reader's language. */
function fontError(reason: string): Error {
  return Object.assign(new Error(`The report font could not be loaded (${reason}).`), { name: 'ReportFontError' });
}

async function fetchBase64(url: string): Promise<string> {
  let response: Response;
  try {
    // A stalled download fails after a minute instead of leaving the export waiting for ever.
    response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  } catch (error) {
    throw fontError(error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw fontError(String(response.status));
  const blob = await response.blob();
  // The browser's own encoder, off the main thread: building a string of ten megabytes byte by
  // byte and passing it to btoa took about 0.4 s a face.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(fontError(reader.error?.message ?? 'unreadable'));
    reader.readAsDataURL(blob);
  });
}
