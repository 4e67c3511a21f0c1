/** BlindHire's engine under the default policy, without the language model. */
import { analyze } from '../../utils/detect/analyze';
import type { Detector } from './types';

export const blindhire: Detector = {
  id: 'blindhire',
  label: 'BlindHire (rules, lexicons, structure; no model)',
  pkg: 'blindhire',
  async load() {
    return (text) => analyze(text).map(({ start, end, label }) => ({ start, end, label }));
  },
};
