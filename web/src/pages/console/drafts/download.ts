/** Saves a JSON document as a file named `name`.json in the browser's downloads. */
export function downloadJson(doc: unknown, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' }));
  link.download = `${name.replace(/[^\p{L}\p{N}._-]+/gu, '-')}.json`;
  link.click();
  URL.revokeObjectURL(link.href);
}
