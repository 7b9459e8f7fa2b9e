import { formatNumber, type Lang } from '../../shared/i18n/text';

/** The UI writes numbers with the one formatter of the reports (vi 1.234,5 / en 1,234.5). */
const nf: Record<Lang, { format: (n: number) => string }> = { vi: { format: (n) => formatNumber(n, 'vi', 3) }, en: { format: (n) => formatNumber(n, 'en', 3) } };
const nf1: Record<Lang, { format: (n: number) => string }> = { vi: { format: (n) => formatNumber(n, 'vi', 1) }, en: { format: (n) => formatNumber(n, 'en', 1) } };

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
