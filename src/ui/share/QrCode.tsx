import { useEffect, useState } from 'react';

/** A link as a QR code, for a workshop room to scan from the shared screen. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // Loaded with the dialog, not the editor: most sessions never draw one.
    import('qrcode')
      .then(({ toString }) => toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#1b2430', light: '#ffffff' } }))
      .then(
        (drawn) => live && setSvg(drawn),
        // The links are there to copy all the same; only the picture of one is missing.
        () => live && setSvg(null),
      );
    return () => {
      live = false;
    };
  }, [text]);
  // The SVG is the library's output for our own link: markup we made, not what someone typed.
  return <div className="share-qr" role="img" aria-label={label} dangerouslySetInnerHTML={svg ? { __html: svg } : undefined} />;
}
