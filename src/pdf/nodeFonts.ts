import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ReportFonts } from './fonts.ts';

/** The report fonts read from the installed package, for the server and the command line. */
export function loadNodeFonts(): ReportFonts {
  const require = createRequire(import.meta.url);
  const read = (file: string) => readFileSync(require.resolve(`@expo-google-fonts/noto-sans-sc/${file}`)).toString('base64');
  return { regular: read('400Regular/NotoSansSC_400Regular.ttf'), bold: read('700Bold/NotoSansSC_700Bold.ttf') };
}
