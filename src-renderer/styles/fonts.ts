// Be Vietnam Pro: designed for Vietnamese, full coverage of its stacked diacritics; shipped from the
// npm registry and bundled with the app (never a network font).
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
