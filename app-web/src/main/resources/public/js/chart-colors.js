// Chart.js paints on a canvas, which cannot read CSS custom properties, so the palette's chart colours are
// resolved for the current colour scheme and handed to each chart — again whenever the scheme changes.

const SERIES = ['--series-1', '--series-2', '--series-3'];
let probe;

function resolve(property) {
  if (!probe) {
    probe = document.createElement('span');
    probe.hidden = true;
    document.body.append(probe);
  }
  probe.style.color = `var(${property})`;
  return getComputedStyle(probe).color;
}

function withAlpha(rgb, alpha) {
  return rgb.replace(/^rgba?\(([^,]+),([^,]+),([^,)]+).*$/, `rgba($1,$2,$3, ${alpha})`);
}

/** Sets the axis, legend and series colours of a chart from the palette and redraws it. */
export function paintChart(chart) {
  const text = resolve('--chart-text');
  const grid = resolve('--chart-grid');
  const options = chart.options;
  options.color = text;
  for (const scale of Object.values(options.scales)) {
    scale.ticks.color = text;
    scale.grid.color = grid;
    scale.border.color = grid;
  }
  chart.data.datasets.forEach((dataset, i) => Object.assign(dataset, seriesColours(chart.config.type, i)));
  chart.update();
}

/** The border and fill of the i-th series, given to each dataset from the start so that none is drawn in defaults. */
export function seriesColours(type, i) {
  const colour = resolve(SERIES[i % SERIES.length]);
  return { borderColor: colour, backgroundColor: type === 'bar' ? colour : withAlpha(colour, 0.14) };
}

/** Repaints every chart on the page, after the colour scheme changed. */
export function repaintCharts() {
  Object.values(window.Chart?.instances || {}).forEach(paintChart);
}
