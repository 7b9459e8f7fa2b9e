/** Version of the planning logic. Every exported result carries it, so numbers can be traced. */
export const CALCULATOR_VERSION = '0.1.0';
