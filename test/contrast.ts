/** WCAG 2.2 contrast ratio of two computed CSS colours (`rgb(…)`, `rgba(…)` or `color(srgb …)`, opaque). */
export function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

function luminance(color: string): number {
  // color-mix() computes to `color(srgb 0.1 0.2 0.3)`, channels from 0 to 1.
  const scale = color.startsWith('color(srgb') ? 255 : 1;
  const channels = color
    .replace('color(srgb', '')
    .match(/[\d.e-]+/g)!
    .slice(0, 3)
    .map((channel) => Number(channel) * scale);
  const [r, g, b] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
