import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../domain/dataset-schema';

/** The language the UI is rendering in right now. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  const current = i18n.language;
  return (LANGS as readonly string[]).includes(current) ? (current as Lang) : 'en';
}
