/** WCAG 2.2 contrast ratio of two computed CSS colours (`rgb(…)`, `rgba(…)` or `color(srgb …)`, opaque). */
export function contrastRatio(foreground: string, background: string): number {
  const [one, other] = [luminance(foreground), luminance(background)];
  return (Math.max(one, other) + 0.05) / (Math.min(one, other) + 0.05);
}

function luminance(color: string): number {
  // color-mix() computes to `color(srgb 0.1 0.2 0.3)`, channels from 0 to 1.
  const scale = color.startsWith('color(srgb') ? 255 : 1;
  const channels = color
    .replace('color(srgb', '')
    .match(/[\d.e-]+/g)!
    .slice(0, 3)
    .map((channel) => Number(channel) * scale);
  // NaN for a colour of fewer than three channels, so no ratio passes.
  const [r = NaN, g = NaN, b = NaN] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
