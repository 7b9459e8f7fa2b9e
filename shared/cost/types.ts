import type { Text } from '../i18n/text';
import type { PveTarget } from '../model/project';

/** Currencies the calculator converts between (the price book's rates must connect them). */
export type Currency = 'EUR' | 'USD' | 'VND';
export const CURRENCIES: readonly Currency[] = ['EUR', 'USD', 'VND'];

/** What one price is for. */
export type PriceUnit = 'core-year' | 'socket-year' | 'server-year' | 'hour' | 'person' | 'one-off';
export const PRICE_UNITS: readonly PriceUnit[] = ['core-year', 'socket-year', 'server-year', 'hour', 'person', 'one-off'];

/** How sure a price is: a vendor document, a reported (third-party) figure, or entered by the user (a quote). */
export type Confidence = 'official' | 'reported' | 'user';
export const CONFIDENCES: readonly Confidence[] = ['official', 'reported', 'user'];

/** Exchange rates may also be indicative (a round figure nobody checked yet). */
export type RateConfidence = Confidence | 'indicative';
export const RATE_CONFIDENCES: readonly RateConfidence[] = ['official', 'reported', 'user', 'indicative'];

export type Product = 'vmware' | 'proxmox-ve' | 'proxmox-backup-server' | 'hardware' | 'services' | 'training';
export const PRODUCTS: readonly Product[] = ['vmware', 'proxmox-ve', 'proxmox-backup-server', 'hardware', 'services', 'training'];

/** VMware by Broadcom offerings that can be quoted per core. */
export type VmwareEdition = 'vcf' | 'vvf' | 'enterprise-plus' | 'standard';
export const VMWARE_EDITIONS: readonly VmwareEdition[] = ['vcf', 'vvf', 'enterprise-plus', 'standard'];

/** Proxmox subscription levels (VE per socket, Backup Server per server); `none` = no subscription. */
export type SubscriptionTier = 'none' | 'community' | 'basic' | 'standard' | 'premium';
export const SUBSCRIPTION_TIERS: readonly SubscriptionTier[] = ['none', 'community', 'basic', 'standard', 'premium'];

/**
 * One price of the price book. `tier` is the edition (VMware), the subscription level (Proxmox VE, PBS),
 * the node model (hardware) or the kind of service. `price: null` = unpriced until the user enters it.
 */
export type PriceEntry = {
  product: Product;
  tier: string;
  unit: PriceUnit;
  price: number | null;
  currency: Currency;
  /** ISO date (YYYY-MM-DD) from which the price holds. */
  validFrom: string;
  /** Title or URL of the document the price comes from. */
  source: string;
  confidence: Confidence;
  /** What the figure is and how to use it, in both languages (the source itself is a reference). */
  note?: Text;
};

/** `1 from = rate to`, dated. */
export type ExchangeRate = {
  from: Currency;
  to: Currency;
  rate: number;
  date: string;
  source: string;
  confidence: RateConfidence;
  note?: Text;
};

export type PriceBook = {
  schema: 'vm2pve.pricebook/1';
  title: Text;
  /** ISO date of the last change. */
  updated: string;
  entries: PriceEntry[];
  rates: ExchangeRate[];
};

/** A problem found while reading a price book (or the cost inputs): coded, bilingual, never a crash. */
export type CostIssue = {
  code: string;
  severity: 'error' | 'warning';
  /** Where: `entries[3].price`, `rates[0].date` … */
  path?: string;
  message: Text;
};

/** Tag of a cost line: a price from the book (official or reported), a user quote, or no price yet. */
export type LineTag = 'estimated' | 'quoted' | 'unpriced';

export type CostSide = 'vmware' | 'proxmox';

/** One line of the TCO. `amount` is per year when `recurring`, else once (in year 1); `null` = unpriced. */
export type CostLine = {
  /** Stable id: `vmware.vcf`, `proxmox.ve.<cluster>`, `proxmox.hardware.<model>` … */
  item: string;
  label: Text;
  side: CostSide;
  /** `null` when the quantity is unknown (e.g. migration hours not known yet). */
  quantity: number | null;
  unit: PriceUnit;
  /** Unit price in `currency` (the price's own currency); `null` when unpriced. */
  unitPrice: number | null;
  currency: Currency;
  recurring: boolean;
  /** In the plan's currency; `null` when unpriced (never counted in a total). */
  amount: number | null;
  /** Over the whole period (`amount × years` for recurring lines). */
  total: number | null;
  tag: LineTag;
  source: string;
  validFrom: string;
  confidence?: Confidence;
  /** Discount in percent already taken off `amount`. */
  discountPct?: number;
  /** Why a line has no amount. */
  unpricedReason?: 'no-price' | 'no-quantity' | 'no-rate' | 'depends-on-unpriced';
  note?: Text;
};

/** VMware edition a host runs today, read from the vLicense tab (and the host's assigned licence). */
export type EditionToday = 'vcf' | 'vvf' | 'enterprise-plus' | 'enterprise' | 'standard' | 'essentials-plus' | 'essentials' | 'free' | 'unknown';

/** How the edition of a host was found. */
export type EditionBasis = 'assigned' | 'only-edition' | 'unknown';

export type HostLicenceRow = {
  host: string;
  cluster?: string;
  editionToday: EditionToday;
  editionBasis: EditionBasis;
  /** Licence name from vLicense, when known. */
  licence?: string;
  /** Edition quoted for this host in the comparison; `null` when the host is not counted (free hypervisor). */
  quoteEdition: VmwareEdition | null;
  /** True when the quote edition is the default because the edition of today is unknown. */
  quoteEditionAssumed: boolean;
  cpus?: number;
  coresPerCpu?: number;
  /** Σ over CPUs of max(cores per CPU, 16); `null` when the CPU figures are unknown. */
  licensedCores: number | null;
  /** The rule that produced the count, in words and numbers. */
  rule: Text;
};

export type EditionOrder = {
  edition: VmwareEdition;
  hosts: number;
  /** Hosts of this edition whose CPU figures are unknown (not in `licensedCores`). */
  unknownHosts: number;
  licensedCores: number;
  /** Cores ordered: the licensed cores, raised to the order minimum when that rule is on. */
  orderCores: number;
  minimumApplied: boolean;
};

export type FeatureId = 'ha' | 'vmotion' | 'svmotion' | 'ft' | 'drs' | 'sdrs' | 'vds' | 'hostProfiles' | 'vsan';

/** A feature, whether the edition of today has it, and what Proxmox gives without and with a subscription. */
export type FeatureRow = {
  id: FeatureId;
  feature: Text;
  /**
   * Per edition in use today: has it (`null` = not known), from the licence's own feature list (vLicense
   * `Features`) when the export has it, else from the edition table.
   */
  today: { edition: EditionToday; has: boolean | null; basis: 'licence' | 'edition' }[];
  proxmoxFree: Text;
  proxmoxSubscription: Text;
};

export type ProxmoxNodeRow = {
  cluster: string;
  node: string;
  sockets: number;
  /** True when the node is new hardware to buy (the design adds it instead of reusing an ESXi host). */
  needsHardware: boolean;
  /** Hardware model key for the price book (`2s-32c-512g`). */
  model: string;
  origin: string;
};

export type ClusterSubscription = {
  cluster: string;
  tier: SubscriptionTier;
  nodes: number;
  sockets: number;
  /** Nodes whose socket count is unknown (not in `sockets`). */
  unknownSocketNodes: string[];
  addedNodes: number;
};

export type YearPoint = { year: number; vmware: number; proxmox: number };

export type SideTotals = {
  /** Priced recurring amounts per year. */
  annual: number;
  /** Priced one-off amounts (year 1). */
  oneOff: number;
  /** annual × years + oneOff. */
  total: number;
  /** Lines of this side without an amount (not in the totals). */
  unpriced: number;
};

export type CostAssumption = { id: string; label: Text; value: Text | string | number | boolean; source?: string };

export type CostNote = { id: string; topic: Text; vmware: Text; proxmox: Text; notes?: Text };

export type CostResult = {
  calculatorVersion: string;
  currency: Currency;
  years: number;
  pveTarget: PveTarget;
  /** The book the result was priced from (the project's edited copy, or the default). */
  priceBook: { title: Text; updated: string; edited: boolean; entries: PriceEntry[]; rates: ExchangeRate[] };
  vmware: {
    /** Quote edition, or `mixed` when hosts are quoted in several editions. */
    edition: VmwareEdition | 'mixed' | 'none';
    editionMode: 'current' | VmwareEdition;
    editionsToday: { edition: EditionToday; hosts: number; licences: string[] }[];
    hosts: HostLicenceRow[];
    orders: EditionOrder[];
    licensedCores: number;
    orderCores: number;
    unknownHosts: number;
    orderMinimum: boolean;
    lateRenewal: boolean;
  };
  proxmox: {
    /** One tier for every cluster, or `mixed`. */
    tier: SubscriptionTier | 'mixed';
    clusters: ClusterSubscription[];
    nodes: ProxmoxNodeRow[];
    sockets: number;
    pbsServers: number;
    pbsTier: SubscriptionTier;
  };
  lines: CostLine[];
  totals: { vmware: SideTotals; proxmox: SideTotals };
  /** Lines without an amount, both sides. */
  unpriced: number;
  /** Cumulative cost at the end of each year (priced lines only). */
  yearly: YearPoint[];
  features: FeatureRow[];
  notes: CostNote[];
  assumptions: CostAssumption[];
  /** Rates used to convert, with their dates. */
  ratesUsed: ExchangeRate[];
  issues: CostIssue[];
  /** Migration hours: from the user, from the waves, or unknown. */
  migrationHours: { hours: number | null; source: 'user' | 'waves' | 'unknown' };
};
