import type { Text } from '../i18n/text';
import type { AssumptionName } from '../model/assumptions';

/** Where a planned value came from. Missing data is `unknown`, never a silent default. */
export type Provenance = 'imported' | 'derived' | 'assumed' | 'unknown' | 'override';

/** A planned value with its provenance (and the assumption it rests on, when assumed). */
export type Field<T> = {
  value: T | undefined;
  source: Provenance;
  assumption?: AssumptionName | string;
  note?: Text;
};

export function imported<T>(value: T | undefined): Field<T> {
  return value === undefined ? { value: undefined, source: 'unknown' } : { value, source: 'imported' };
}

export function derived<T>(value: T, note?: Text): Field<T> {
  return note ? { value, source: 'derived', note } : { value, source: 'derived' };
}

export function assumed<T>(value: T, assumption: AssumptionName | string, note?: Text): Field<T> {
  return note ? { value, source: 'assumed', assumption, note } : { value, source: 'assumed', assumption };
}

export function unknown<T>(note?: Text): Field<T> {
  return note ? { value: undefined, source: 'unknown', note } : { value: undefined, source: 'unknown' };
}
