import { design } from '../i18n/dict/design';
import { fillText, type Params, type Text } from '../i18n/text';

export type DesignKey = keyof typeof design;

/** A design sentence from the design dictionary, placeholders filled. */
export function dt(key: DesignKey, params?: Params): Text {
  return fillText(design[key], params);
}
