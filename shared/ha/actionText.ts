import { fill, type Text } from '../i18n/text';
import { actionTemplates } from './messages';
import type { Action } from './types';

/** A scenario action in words, in both languages. */
export function actionText(a: Action): Text {
  const by = (key: keyof typeof actionTemplates, params: Record<string, string | number>): Text => {
    const t = actionTemplates[key];
    return { vi: fill(t.vi, params, 'vi'), en: fill(t.en, params, 'en') };
  };
  switch (a.kind) {
    case 'power':
      return by(a.on ? 'powerOn' : 'powerOff', { node: a.node });
    case 'network':
      return by(a.on ? 'networkOn' : 'networkOff', { node: a.node });
    case 'reboot':
    case 'shutdown':
      return by(a.kind, { node: a.node });
    case 'maintenance':
      return by(a.enable ? 'maintenanceOn' : 'maintenanceOff', { node: a.node });
    case 'request':
      return by('request', { sid: a.sid, state: a.state });
    case 'move':
      return by(a.mode, { sid: a.sid, node: a.node });
    case 'stop':
      return by('stop', { sid: a.sid, timeout: a.timeout });
    case 'add':
      return by('add', { sid: a.sid, node: a.node, state: a.state });
    case 'load':
    case 'size':
      return by(a.kind, { sid: a.sid });
    case 'delay':
      return by('delay', { seconds: a.seconds });
  }
}
