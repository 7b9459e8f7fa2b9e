/** Pure helpers for project naming and the autosave file (no store, no platform). */

/** The project is named after the first workbook (or the first file when there is none). */
export function projectName(files: readonly { name: string }[]): string {
  const first = files.find((f) => /\.xlsx$/i.test(f.name)) ?? files[0];
  return (first?.name ?? 'vm2pve').replace(/\.(xlsx|xls|csv|zip)$/i, '');
}

/** A file-name stem for exports: ASCII letters, digits, dot, dash, underscore (Vietnamese diacritics folded). */
export function safeBaseName(name: string): string {
  const base = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  const cleaned = base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  return `vm2pve-${cleaned || 'plan'}`.slice(0, 120);
}
