/**
 * The leaders' dashboard as files: an Excel workbook (Apache POI, streaming SXSSF) and a PDF (Apache PDFBox with the
 * DejaVu Sans TrueType font, which has every Vietnamese glyph) of the unit, category and channel tables for a period,
 * and the drill-down case list as a workbook. The builders are plain classes over the statistics records, so they are
 * tested by opening what they write; {@code StatisticsExportResource} serves them with the statistics' own scoping.
 */
package vn.pakn.interfaces.statistics.export;
