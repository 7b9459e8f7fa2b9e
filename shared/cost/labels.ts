import { dictionary, type TKey } from '../i18n';
import { fill, formatNumber, type Lang, type Params, type Text } from '../i18n/text';
import { currencyDecimals, roundMoney } from './currency';
import { SUBSCRIPTION_TIERS, VMWARE_EDITIONS, type Currency, type EditionToday, type LineTag, type PriceEntry, type PriceUnit, type Product, type RateConfidence, type SubscriptionTier, type VmwareEdition } from './types';

/** Display names of the cost area's codes, and money formatting per language. */

export const EDITION_KEY: Record<EditionToday | VmwareEdition, TKey> = {
  vcf: 'cost.edition.vcf',
  vvf: 'cost.edition.vvf',
  'enterprise-plus': 'cost.edition.enterprisePlus',
  enterprise: 'cost.edition.enterprise',
  standard: 'cost.edition.standard',
  'essentials-plus': 'cost.edition.essentialsPlus',
  essentials: 'cost.edition.essentials',
  free: 'cost.edition.free',
  unknown: 'cost.edition.unknown',
};

export const TIER_KEY: Record<SubscriptionTier, TKey> = {
  none: 'cost.tier.none',
  community: 'cost.tier.community',
  basic: 'cost.tier.basic',
  standard: 'cost.tier.standard',
  premium: 'cost.tier.premium',
};

export const UNIT_KEY: Record<PriceUnit, TKey> = {
  'core-year': 'cost.unit.coreYear',
  'socket-year': 'cost.unit.socketYear',
  'server-year': 'cost.unit.serverYear',
  hour: 'cost.unit.hour',
  person: 'cost.unit.person',
  'one-off': 'cost.unit.oneOff',
};

export const TAG_KEY: Record<LineTag, TKey> = {
  estimated: 'cost.tag.estimated',
  quoted: 'cost.tag.quoted',
  unpriced: 'cost.tag.unpriced',
};

export const PRODUCT_KEY: Record<Product, TKey> = {
  vmware: 'cost.product.vmware',
  'proxmox-ve': 'cost.product.proxmoxVe',
  'proxmox-backup-server': 'cost.product.pbs',
  hardware: 'cost.product.hardware',
  services: 'cost.product.services',
  training: 'cost.product.training',
};

export const CONFIDENCE_KEY: Record<RateConfidence, TKey> = {
  official: 'cost.confidence.official',
  reported: 'cost.confidence.reported',
  user: 'cost.confidence.user',
  indicative: 'cost.confidence.indicative',
};

export const confidenceLabel = (c: RateConfidence): Text => dictionary[CONFIDENCE_KEY[c]];

/** The tier of a price-book entry as people read it: an edition or a subscription level where it is one. */
export function entryTierLabel(e: Pick<PriceEntry, 'product' | 'tier'>): Text {
  if (e.product === 'vmware' && (VMWARE_EDITIONS as readonly string[]).includes(e.tier)) return editionLabel(e.tier as VmwareEdition);
  if ((e.product === 'proxmox-ve' || e.product === 'proxmox-backup-server') && (SUBSCRIPTION_TIERS as readonly string[]).includes(e.tier)) return tierLabel(e.tier as SubscriptionTier);
  if (e.product === 'services' && e.tier === 'migration') return dictionary['cost.tierName.migration'];
  if (e.product === 'training' && e.tier === 'proxmox-admin') return dictionary['cost.tierName.proxmoxAdmin'];
  return { vi: e.tier, en: e.tier };
}

export const editionLabel = (e: EditionToday | VmwareEdition): Text => dictionary[EDITION_KEY[e]];
export const tierLabel = (t: SubscriptionTier): Text => dictionary[TIER_KEY[t]];
export const unitLabel = (u: PriceUnit): Text => dictionary[UNIT_KEY[u]];
export const tagLabel = (t: LineTag): Text => dictionary[TAG_KEY[t]];
export const productLabel = (p: Product): Text => dictionary[PRODUCT_KEY[p]];

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-US' };

/** A money amount in one language: `1.234.567 ₫`-style grouping for vi, `1,234,567` for en, with the code. */
export function formatMoney(amount: number, currency: Currency, lang: Lang): string {
  const d = currencyDecimals(currency);
  // Whole amounts without decimals (550 EUR); amounts with cents always with two (105,252.50 EUR).
  const whole = Math.abs(roundMoney(amount, currency) - Math.round(amount)) < 1e-9;
  const n = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: whole ? 0 : d, maximumFractionDigits: d }).format(amount);
  return `${n} ${currency}`;
}

/** A plain number in one language (quantities, rates). */
export function formatQuantity(n: number, lang: Lang, maxFractionDigits = 2): string {
  return formatNumber(n, lang, maxFractionDigits);
}

/** Fill a dictionary entry with parameters that depend on the language (formatted numbers and money). */
export function ttLang(key: TKey, params: (lang: Lang) => Params): Text {
  const e = dictionary[key];
  return { vi: fill(e.vi, params('vi'), 'vi'), en: fill(e.en, params('en'), 'en') };
}
