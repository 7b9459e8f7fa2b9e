/** The file name a project is saved under: its name folded to safe ASCII, then `.vm2pve.json`. */
export function projectFileName(name: string): string {
  const base = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  const cleaned = base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, 100);
  return `${cleaned || 'project'}.vm2pve.json`;
}
