import '@fontsource-variable/inter';
// Chinese in the interface's own face, so it renders on machines without a CJK system font. Each
// weight is sliced by unicode-range: a page fetches only the slices holding its glyphs. CSS weight
// matching takes the type scale's regular (420) to 400 and its medium and bold (540, 680) to 600:
// two weights, not three, for what a third would add to every Chinese page (a 500 would be no
// use: 420 would match it before 400).
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/600.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import './styles/tokens.css';
import './styles/base.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
