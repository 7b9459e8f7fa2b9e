import type { Lang } from '../../shared/i18n/text';

const nf: Record<Lang, Intl.NumberFormat> = { vi: new Intl.NumberFormat('vi-VN'), en: new Intl.NumberFormat('en-US') };
const nf1: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }),
};

export function formatInt(lang: Lang, n: number | undefined | null): string {
  return n === undefined || n === null || Number.isNaN(n) ? '—' : nf[lang].format(n);
}

/** MiB → GiB with one decimal. */
export function formatGiB(lang: Lang, mib: number | undefined | null): string {
  return mib === undefined || mib === null ? '—' : nf1[lang].format(mib / 1024);
}

/** MiB → the largest sensible unit (GiB / TiB). */
export function formatMemory(lang: Lang, mib: number): string {
  if (mib >= 1024 * 1024) return `${nf1[lang].format(mib / 1024 / 1024)} TiB`;
  return `${nf1[lang].format(mib / 1024)} GiB`;
}

export function formatBytes(lang: Lang, bytes: number | undefined): string {
  if (bytes === undefined) return '—';
  if (bytes >= 1024 * 1024) return `${nf1[lang].format(bytes / 1024 / 1024)} MiB`;
  return `${nf1[lang].format(bytes / 1024)} KiB`;
}
