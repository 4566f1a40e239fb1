import { describe, expect, it } from 'vitest';
import { asLocale, pickLocale } from './locale.ts';
import { en } from './catalogue.ts';
import { zh } from './zh/index.ts';
import { translate } from './translate.ts';
import { IntlMessageFormat } from 'intl-messageformat';

describe('locales', () => {
  it('reads every Chinese tag as Chinese and anything else as English', () => {
    expect(['zh', 'zh-CN', 'zh_TW', 'zh-Hans-SG'].map(asLocale)).toEqual(['zh', 'zh', 'zh', 'zh']);
    expect(['en-GB', 'fr', '', 'zhx', '<script>'].map(asLocale)).toEqual(['en', 'en', 'en', 'en', 'en']);
    expect(asLocale(42)).toBe('en');
  });

  it('takes the first preferred language it speaks', () => {
    expect(pickLocale(['fr-FR', 'zh-CN', 'en'])).toBe('zh');
    expect(pickLocale(['en-US', 'zh-CN'])).toBe('en');
    expect(pickLocale(['de'])).toBe('en');
  });
});

describe('catalogues', () => {
  it('give every message in both languages, each a valid ICU message naming the same values', () => {
    const argumentsOf = (message: string) => {
      const names = new Set<string>();
      const walk = (elements: ReturnType<IntlMessageFormat['getAst']>) => {
        for (const element of elements) {
          if ('value' in element && typeof element.value === 'string' && element.type !== 0) names.add(element.value);
          if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
        }
      };
      walk(new IntlMessageFormat(message, 'en', undefined, { ignoreTag: true }).getAst());
      return [...names].sort();
    };
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const id of Object.keys(en) as (keyof typeof en)[]) {
      expect(zh[id].trim(), id).not.toBe('');
      expect(argumentsOf(zh[id]), id).toEqual(argumentsOf(en[id]));
    }
  });

  it('formats a message in the language asked for', () => {
    expect(translate('en', 'language.label')).toBe('Language');
    expect(translate('zh', 'language.label')).toBe('语言');
  });
});
