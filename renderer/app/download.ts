/**
 * Offers a file to the user: the browser's own download in browser mode; Electron turns it into a save dialog.
 * The one place every room's export goes through.
 */
export function offerDownload(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the URL after this task; revoke it only once the browser has it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
