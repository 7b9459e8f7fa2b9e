/** Commands shown verbatim (Proxmox CLI stays in English), one per line, selectable. */
export function CommandBlock({ lines }: { lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return <pre className="chk-cmds">{lines.join('\n')}</pre>;
}
