import { useState } from 'react';
import {
  CONFIDENCES,
  confidenceLabel,
  CURRENCIES,
  entryKey,
  entryTierLabel,
  productLabel,
  readPriceBook,
  unitLabel,
  type CostInputs,
  type CostIssue,
  type CostResult,
  type ExchangeRate,
  type PriceBook,
  type PriceEntry,
} from '../../../shared/cost';
import { removePrice, replacePriceBook, resetPriceBook, upsertPrice, upsertRate } from '../../../shared/cost/inputs';
import { tt } from '../../../shared/i18n';
import { platform } from '../../platform';
import { useT } from '../../state/langStore';
import { parseAmount } from './parseAmount';
import { editCostDecisions } from './useCost';

type Props = { inputs: CostInputs; book: PriceBook; result: CostResult };

const today = (): string => new Date().toISOString().slice(0, 10);

function EntryRow({ entry, book, quoteSource }: { entry: PriceEntry; book: PriceBook; quoteSource: string }) {
  const t = useT();
  const [error, setError] = useState(false);
  const key = entryKey(entry);
  const commit = (next: PriceEntry): void => {
    editCostDecisions((d) => upsertPrice(d, book, next, new Date().toISOString()));
  };
  const testKey = key.replace(/[^a-z0-9]+/gi, '-');
  return (
    <tr data-entry={key}>
      <td>
        <div className="strong">{t.text(productLabel(entry.product))}</div>
        <div className="muted small">{t.text(entryTierLabel(entry))}</div>
      </td>
      <td className="muted small">{t.text(unitLabel(entry.unit))}</td>
      <td>
        <input
          key={`${key}-${entry.price}`}
          className={`input cost-num${error ? ' invalid' : ''}`}
          defaultValue={entry.price === null ? '' : String(entry.price)}
          placeholder={t('ui.cost.unpricedPlaceholder')}
          aria-label={t('ui.cost.priceOf', { item: `${t.text(productLabel(entry.product))} ${t.text(entryTierLabel(entry))}` })}
          aria-invalid={error}
          inputMode="decimal"
          onBlur={(e) => {
            const price = parseAmount(e.target.value);
            if (price === undefined) {
              setError(true);
              return;
            }
            setError(false);
            if (price === entry.price) return;
            commit({ ...entry, price, confidence: 'user', validFrom: today(), source: entry.confidence === 'user' ? entry.source : quoteSource });
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
          }}
          data-testid={`price-${testKey}`}
        />
        {error ? <div className="cost-error">{t('ui.cost.badPrice')}</div> : null}
      </td>
      <td>
        <select
          value={entry.currency}
          aria-label={t('ui.cost.currency')}
          onChange={(e) => commit({ ...entry, currency: CURRENCIES.find((c) => c === e.target.value) ?? entry.currency, confidence: 'user', validFrom: today() })}
        >
          {CURRENCIES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </td>
      <td>
        <input
          type="date"
          className="input cost-date"
          value={entry.validFrom}
          aria-label={t('ui.cost.colValidFrom')}
          onChange={(e) => {
            if (/^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) commit({ ...entry, validFrom: e.target.value });
          }}
        />
      </td>
      <td>
        <input
          key={`${key}-src-${entry.source}`}
          className="input cost-source-input"
          defaultValue={entry.source}
          aria-label={t('ui.cost.colSource')}
          onBlur={(e) => {
            const s = e.target.value.trim();
            if (s !== '' && s !== entry.source) commit({ ...entry, source: s });
          }}
        />
        {entry.note ? <div className="muted small">{t.text(entry.note)}</div> : null}
      </td>
      <td>
        <select
          value={entry.confidence}
          aria-label={t('ui.cost.colConfidence')}
          onChange={(e) => commit({ ...entry, confidence: CONFIDENCES.find((c) => c === e.target.value) ?? entry.confidence })}
        >
          {CONFIDENCES.map((c) => (
            <option key={c} value={c}>
              {t.text(confidenceLabel(c))}
            </option>
          ))}
        </select>
      </td>
      <td>
        {entry.product === 'hardware' ? (
          <button type="button" className="btn-icon" aria-label={t('ui.cost.removePrice')} onClick={() => editCostDecisions((d) => removePrice(d, book, key, new Date().toISOString()))}>
            ×
          </button>
        ) : null}
      </td>
    </tr>
  );
}

function RateRow({ rate, book }: { rate: ExchangeRate; book: PriceBook }) {
  const t = useT();
  const [error, setError] = useState(false);
  const commit = (next: ExchangeRate): void => editCostDecisions((d) => upsertRate(d, book, next, new Date().toISOString()));
  const id = `${rate.from}-${rate.to}`;
  return (
    <tr>
      <td className="strong">{`1 ${rate.from} =`}</td>
      <td>
        <input
          key={`${id}-${rate.rate}`}
          className={`input cost-num${error ? ' invalid' : ''}`}
          defaultValue={String(rate.rate)}
          inputMode="decimal"
          aria-label={t('ui.cost.rateOf', { from: rate.from, to: rate.to })}
          onBlur={(e) => {
            const v = Number(e.target.value.trim().replace(',', '.'));
            if (!Number.isFinite(v) || v <= 0) {
              setError(true);
              return;
            }
            setError(false);
            if (v !== rate.rate) commit({ ...rate, rate: v, date: today(), confidence: 'user' });
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
          }}
          data-testid={`rate-${id}`}
        />{' '}
        {rate.to}
        {error ? <div className="cost-error">{t('ui.cost.badRate')}</div> : null}
      </td>
      <td>
        <input type="date" className="input cost-date" value={rate.date} aria-label={t('ui.cost.colDate')} onChange={(e) => /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) && commit({ ...rate, date: e.target.value })} />
      </td>
      <td>
        <input
          key={`${id}-src-${rate.source}`}
          className="input cost-source-input"
          defaultValue={rate.source}
          aria-label={t('ui.cost.colSource')}
          onBlur={(e) => {
            const s = e.target.value.trim();
            if (s !== '' && s !== rate.source) commit({ ...rate, source: s });
          }}
        />
        {rate.note ? <div className="muted small">{t.text(rate.note)}</div> : null}
      </td>
      <td className="muted small">{t.text(confidenceLabel(rate.confidence))}</td>
    </tr>
  );
}

/** Prices a design's new node models still need, one input each. */
function HardwarePrices({ result, inputs, book, quoteSource }: Props & { quoteSource: string }) {
  const t = useT();
  const models = new Map<string, string[]>();
  for (const n of result.proxmox.nodes) {
    if (!n.needsHardware || book.entries.some((e) => e.product === 'hardware' && e.tier === n.model)) continue;
    models.set(n.model, [...(models.get(n.model) ?? []), n.node]);
  }
  if (models.size === 0) return null;
  return (
    <div className="cost-hw" data-testid="cost-hardware-prices">
      <h3>{t('ui.cost.hardwareHeading')}</h3>
      {[...models.entries()].map(([model, nodes]) => (
        <label key={model} className="cost-hw-row">
          <span>
            <span className="strong">{model}</span> <span className="muted">({nodes.join(', ')})</span>
          </span>
          <input
            className="input cost-num"
            placeholder={t('ui.cost.unpricedPlaceholder')}
            inputMode="decimal"
            aria-label={t('ui.cost.hardwarePriceOf', { model })}
            onBlur={(e) => {
              const price = parseAmount(e.target.value);
              if (price === undefined || price === null) return;
              editCostDecisions((d) =>
                upsertPrice(d, book, { product: 'hardware', tier: model, unit: 'one-off', price, currency: inputs.currency, validFrom: today(), source: quoteSource, confidence: 'user' }, new Date().toISOString()),
              );
            }}
            data-testid={`hw-price-${model}`}
          />{' '}
          {inputs.currency}
        </label>
      ))}
    </div>
  );
}

/** The price book editor: every price and rate with its date, source and confidence; edits stay in the project. */
export function PriceBookEditor({ inputs, book, result }: Props) {
  const t = useT();
  const [fileIssues, setFileIssues] = useState<CostIssue[]>([]);
  const quoteSource = t('ui.cost.quoteSource');
  const exportBook = async (): Promise<void> => {
    const data = new TextEncoder().encode(`${JSON.stringify(book, null, 2)}\n`);
    await platform().saveFile('json', 'pricebook.json', data);
  };
  const importBook = async (): Promise<void> => {
    const r = await platform().openFiles('project', false);
    if (!r.ok || !r.value || r.value.length === 0) return;
    const file = r.value[0];
    if (!file) return;
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder('utf-8', { fatal: false }).decode(file.data));
    } catch {
      setFileIssues([{ code: 'PRICEBOOK_JSON', severity: 'error', message: tt('ui.cost.issue.PRICEBOOK_JSON', { file: file.name }) }]);
      return;
    }
    const read = readPriceBook(raw);
    setFileIssues(read.issues);
    if (read.book) {
      const next = read.book;
      editCostDecisions((d) => replacePriceBook(d, next));
    }
  };
  const entries = [...book.entries].sort((a, b) => a.product.localeCompare(b.product));
  return (
    <div className="cost-stack" data-testid="cost-pricebook">
      <div className="cost-book-head">
        <p className="muted">
          {t('ui.cost.bookLead', { title: t.text(book.title), date: book.updated })}{' '}
          {result.priceBook.edited ? <span className="pill pill-info">{t('ui.cost.bookEdited')}</span> : <span className="pill pill-off">{t('ui.cost.bookDefault')}</span>}
        </p>
        <div className="cost-book-actions">
          <button type="button" className="btn" onClick={() => void importBook()} data-testid="cost-book-import">
            {t('ui.cost.bookImport')}
          </button>
          <button type="button" className="btn" onClick={() => void exportBook()} data-testid="cost-book-export">
            {t('ui.cost.bookExport')}
          </button>
          <button type="button" className="btn" disabled={!inputs.priceBook} onClick={() => editCostDecisions((d) => resetPriceBook(d))} data-testid="cost-book-reset">
            {t('ui.cost.bookReset')}
          </button>
        </div>
      </div>
      {fileIssues.length > 0 ? (
        <ul className="cost-issues" data-testid="cost-book-issues">
          {fileIssues.map((i, n) => (
            <li key={n} className={i.severity === 'error' ? 'cost-error' : ''}>
              <code>{i.code}</code> {t.text(i.message)}
            </li>
          ))}
        </ul>
      ) : null}
      <HardwarePrices inputs={inputs} book={book} result={result} quoteSource={quoteSource} />
      <div className="table-wrap">
        <table className="table cost-table cost-book">
          <thead>
            <tr>
              <th>{t('ui.cost.colProduct')}</th>
              <th>{t('ui.cost.colUnit')}</th>
              <th>{t('ui.cost.colPrice')}</th>
              <th>{t('ui.cost.currency')}</th>
              <th>{t('ui.cost.colValidFrom')}</th>
              <th>{t('ui.cost.colSource')}</th>
              <th>{t('ui.cost.colConfidence')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <EntryRow key={entryKey(e)} entry={e} book={book} quoteSource={quoteSource} />
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('ui.cost.ratesHeading')}</h3>
      <table className="table cost-table cost-rates" data-testid="cost-rates">
        <thead>
          <tr>
            <th />
            <th>{t('ui.cost.colRate')}</th>
            <th>{t('ui.cost.colDate')}</th>
            <th>{t('ui.cost.colSource')}</th>
            <th>{t('ui.cost.colConfidence')}</th>
          </tr>
        </thead>
        <tbody>
          {book.rates.map((r) => (
            <RateRow key={`${r.from}-${r.to}`} rate={r} book={book} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

