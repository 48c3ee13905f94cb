/**
 * Abstract generative artwork as SVG (no text, so no fonts are needed to
 * rasterise it). The seed turns these into webp with sharp.
 */
export function artworkSvg(seed: number, width: number, height: number): string {
  let state = seed >>> 0 || 1;
  const rand = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  const hue = Math.floor(rand() * 360);
  const hue2 = (hue + 40 + Math.floor(rand() * 80)) % 360;
  const shapes: string[] = [];
  const count = 5 + Math.floor(rand() * 5);
  for (let i = 0; i < count; i++) {
    const cx = (rand() * width).toFixed(1);
    const cy = (rand() * height).toFixed(1);
    const r = (Math.min(width, height) * (0.1 + rand() * 0.45)).toFixed(1);
    const h = (hue + Math.floor(rand() * 120) - 60 + 360) % 360;
    const opacity = (0.25 + rand() * 0.5).toFixed(2);
    shapes.push(`<circle cx="${cx}" cy="${cy}" r="${r}" fill="hsl(${h},75%,${45 + Math.floor(rand() * 25)}%)" fill-opacity="${opacity}"/>`);
  }
  const waves: string[] = [];
  for (let w = 0; w < 3; w++) {
    const y = height * (0.35 + w * 0.18);
    const amp = height * 0.06 * (1 + rand());
    let d = `M0 ${y.toFixed(1)}`;
    for (let x = 0; x <= width; x += width / 8) {
      d += ` Q${(x + width / 16).toFixed(1)} ${(y + (rand() > 0.5 ? amp : -amp)).toFixed(1)} ${(x + width / 8).toFixed(1)} ${y.toFixed(1)}`;
    }
    waves.push(`<path d="${d}" fill="none" stroke="white" stroke-opacity="0.25" stroke-width="${(2 + rand() * 4).toFixed(1)}"/>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},70%,35%)"/><stop offset="1" stop-color="hsl(${hue2},70%,20%)"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#g)"/>${shapes.join("")}${waves.join("")}</svg>`;
}
