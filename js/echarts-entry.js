// Build-time entry for esbuild: only the parts of ECharts the dashboard uses, exposed as the global
// `echarts` that src/echarts.rs binds to. Bundled into dist/echarts.js; never loaded from a CDN.
import * as echarts from 'echarts/core';
import { MapChart, PieChart, BarChart, LineChart } from 'echarts/charts';
import {
  TooltipComponent, VisualMapComponent, TitleComponent, LegendComponent,
  GridComponent, AriaComponent, DatasetComponent, GeoComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  MapChart, PieChart, BarChart, LineChart,
  TooltipComponent, VisualMapComponent, TitleComponent, LegendComponent,
  GridComponent, AriaComponent, DatasetComponent, GeoComponent,
  CanvasRenderer,
]);

globalThis.echarts = echarts;
