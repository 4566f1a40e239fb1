import type { Area } from '../catalogue.ts';
import type { common as en } from '../en/common.ts';

export const common: Area<typeof en> = {
  'language.label': '语言',
  'language.switch': '界面语言',
  'common.close': '关闭',
  'common.cancel': '取消',
};
