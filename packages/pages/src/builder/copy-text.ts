/**
 * Copies a field's text to the clipboard. Where the browser refuses (no permission, no Clipboard API,
 * an insecure page), selects the text instead so the reader can copy it with the keyboard.
 */
export async function copyFieldText(field: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(field.value);
    return true;
  } catch {
    field.focus();
    field.select();
    return false;
  }
}
