/**
 * Timings of the Proxmox HA stack, in simulated seconds. Each one cites
 * `../shared/domain/ha-semantics.md` (which cites pve-ha-manager).
 */

/** CRM and LRM loops run about every 10 s (ha-semantics.md §6.1 "Detection"). One simulator round. */
export const ROUND_SECONDS = 10;

/**
 * A node not seen online for this long is fenced: its services go to `fence` (ha-semantics.md §6.1,
 * `NodeStatus.pm` `$fence_delay`).
 */
export const FENCE_DELAY_SECONDS = 60;

/**
 * watchdog-mux client timeout: an active LRM that can no longer renew its lock stops feeding the watchdog
 * and the node resets this long after the last feed (ha-semantics.md §6.1 and §10).
 */
export const WATCHDOG_TIMEOUT_SECONDS = 60;

/**
 * pmxcfs lock lifetime (`Env/PVE2.pm` `get_pve_lock`): the CRM can take a failed node's LRM agent lock (= fence
 * it) only after this long without renewal; the same lifetime applies to the cluster-wide manager lock, so a
 * new CRM master takes over that long after the old one stopped renewing (ha-semantics.md §6.1, §10).
 */
export const LOCK_LIFETIME_SECONDS = 120;

/**
 * Assumption (ha-semantics.md is silent on boot time): a rebooting node is back in the cluster 30 s after
 * it went down. This is under the fence delay, so a quick reboot is not fenced (test-shutdown-policy1).
 */
export const NODE_REBOOT_SECONDS = 30;

/** Defaults of resources.cfg (ha-semantics.md §5). */
export const DEFAULT_MAX_RESTART = 1;
export const DEFAULT_MAX_RELOCATE = 1;

/** Assumption: a resource added without size gets qm's defaults for a new VM (1 core, 512 MiB). */
export const DEFAULT_CORES = 1;
export const DEFAULT_MEMORY_MIB = 512;

/** Default simulated time after the last event, enough for fence delay + lock expiry + recovery + failback. */
export const SETTLE_SECONDS = 300;

/** Hard cap on simulated time, so a hostile scenario cannot make the engine loop for ever. */
export const MAX_SIMULATED_SECONDS = 7 * 24 * 3600;
