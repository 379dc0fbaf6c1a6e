/** Messages between an embed iframe and the page around it (window.postMessage). */
export const HEIGHT_MESSAGE = 'impact-stories:height';
export const SIZED_MESSAGE = 'impact-stories:sized';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** The embed page's content height in CSS px. */
  height: number;
}

export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Record<string, unknown>;
  return type === HEIGHT_MESSAGE && typeof height === 'number' && Number.isFinite(height) && height >= 0 && height < 100_000;
}
