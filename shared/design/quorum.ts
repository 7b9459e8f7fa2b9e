import type { Text } from '../i18n/text';
import { dt } from './dt';
import type { QdeviceAdvice, QuorumPlan } from './types';

/**
 * Corosync votequorum: every node has one vote; quorum is a strict majority of all votes.
 * A QDevice adds one vote with the `ffsplit` algorithm (even node counts). On odd counts `pvecm qdevice
 * setup` refuses without `--force`, which switches to `lms` where the QDevice gets N-1 votes and becomes a
 * near single point of failure (proxmox-facts §3.2, §5; seed-errata #9). HA needs at least three votes.
 */
export function qdeviceAdvice(nodeCount: number): QdeviceAdvice {
  if (nodeCount <= 1) return 'not-applicable';
  if (nodeCount === 2) return 'required';
  return nodeCount % 2 === 0 ? 'recommended' : 'not-recommended';
}

export function planQuorum(nodeCount: number, forceQdevice?: boolean): QuorumPlan {
  const advice = qdeviceAdvice(nodeCount);
  const qdevice = forceQdevice ?? (advice === 'required' || advice === 'recommended');
  const usable = qdevice && nodeCount >= 2;
  const qdeviceVotes = !usable ? 0 : nodeCount % 2 === 0 ? 1 : nodeCount - 1;
  const totalVotes = nodeCount + qdeviceVotes;
  const quorumVotes = Math.floor(totalVotes / 2) + 1;
  const tolerated = Math.max(0, Math.min(nodeCount - 1, totalVotes - quorumVotes));
  const haPossible = totalVotes >= 3 && nodeCount >= 2;
  const explanation: Text[] = [];
  const options: Text[] = [];
  const p = { nodes: nodeCount, votes: totalVotes, quorum: quorumVotes, tolerated };
  switch (advice) {
    case 'not-applicable':
      explanation.push(dt('design.quorum.single', p));
      break;
    case 'required':
      explanation.push(dt('design.quorum.twoNodes', p));
      break;
    case 'recommended':
      explanation.push(dt('design.quorum.evenNodes', p));
      break;
    case 'not-recommended':
      explanation.push(dt('design.quorum.oddNodes', p));
      break;
  }
  if (forceQdevice === true && advice === 'not-recommended') explanation.push(dt('design.quorum.forcedOdd', { votes: qdeviceVotes }));
  if (forceQdevice === false && (advice === 'required' || advice === 'recommended')) explanation.push(dt('design.quorum.qdeviceDeclined', p));
  explanation.push(dt('design.quorum.votes', p));
  if (!haPossible) {
    explanation.push(dt('design.quorum.noHa', p));
    if (nodeCount <= 1) {
      options.push(dt('design.quorum.optAddTwo'));
      options.push(dt('design.quorum.optAddOneQdevice'));
    } else options.push(dt('design.quorum.optQdevice'));
    options.push(dt('design.quorum.optNoHa'));
  }
  return {
    nodeCount,
    nodeVotes: nodeCount,
    qdeviceAdvice: advice,
    qdevice: usable,
    qdeviceVotes,
    totalVotes,
    quorumVotes,
    toleratedNodeFailures: tolerated,
    haPossible,
    explanation,
    options,
  };
}
