import { LocaleProvider, useT } from '../browser/i18n.tsx';
import { BoardPage } from './board/BoardPage.tsx';
import { HomePage } from './home/HomePage.tsx';
import { FileDropImport } from './FileDropImport.tsx';
import { Message } from './Message.tsx';
import { useRoute } from './router.ts';

export function App() {
  return (
    <LocaleProvider>
      <Page />
      <FileDropImport />
    </LocaleProvider>
  );
}

function Page() {
  const t = useT();
  const route = useRoute();
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'board':
      return <BoardPage key={route.boardId} boardId={route.boardId} />;
    default:
      return <Message title={t('app.notFound.title')} text={t('app.notFound.text')} />;
  }
}
