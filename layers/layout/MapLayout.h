#pragma once

#include "render/MapSettings.h"
#include "style/Symbol.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QImage>
#include <QList>
#include <QObject>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QPainter;

namespace rc {

class MapLayer;
class RenderJob;
class VectorMapPainter;

/// One row of a map legend: a layer, or one class of a classified layer under its layer's heading.
struct LegendItem
{
  enum class Swatch : quint8 { None, Marker, Line, Fill, Ramp };

  QString text;
  Swatch swatch = Swatch::None;
  SymbolSet symbols;
  QString rampName;       ///< for Swatch::Ramp
  bool isHeading = false; ///< a classified layer's name, drawn bold, without a swatch
  bool isClass = false;   ///< a class under its layer's heading, drawn indented
  friend bool operator==(const LegendItem &, const LegendItem &) = default;
};

/// The geometry of a scale bar: a round ground length and what it measures on paper.
struct ScaleBar
{
  double metres = 0;   ///< ground length of the whole bar: 1, 2 or 5 times a power of ten
  double lengthMm = 0; ///< the bar's length on the page
  int segments = 4;    ///< alternating black and white blocks

  /// "0", "250", "500 m" or "0", "1", "2 km": the value at the end of segment `index` (0..segments).
  [[nodiscard]] QString tickLabel(int index) const;
};

/// A printable map sheet: a title, the map frame, a legend that follows the layers' styles, a scale
/// bar, a north arrow and the data attribution, laid out on a page in millimetres. It only knows
/// geometry and painting; LayoutExportJob renders the map frame and writes PNG or PDF.
/// A plain value, like MapSettings, that lends its layers. legendFor() and LayoutExportJob's
/// constructor read the live layers and so run on the GUI thread; everything else may run on any
/// thread.
class MapLayout
{
  Q_DECLARE_TR_FUNCTIONS(rc::MapLayout)

public:
  enum class Page : quint8 {
    A4Landscape,
    A3Landscape,
    FitMap, ///< as wide as A4 landscape, as tall as the map's aspect needs
  };

  /// Which furniture the sheet carries; without any, the page is the map frame alone.
  struct Decorations
  {
    bool title = true;
    bool legend = true;
    bool scaleBar = true;
    bool northArrow = true;
    bool attribution = true;
    friend bool operator==(const Decorations &, const Decorations &) = default;
  };

  /// The map to show: extent, CRS and background. Output size and DPI are the layout's.
  [[nodiscard]] const MapSettings &map() const { return m_map; }
  void setMap(const MapSettings &map) { m_map = map; }
  /// The layers to draw, bottom first. Not owned.
  [[nodiscard]] const QList<MapLayer *> &layers() const { return m_layers; }
  void setLayers(const QList<MapLayer *> &layers) { m_layers = layers; }
  [[nodiscard]] QString title() const { return m_title; }
  void setTitle(const QString &title) { m_title = title; }
  [[nodiscard]] QString attribution() const { return m_attribution; }
  void setAttribution(const QString &attribution) { m_attribution = attribution; }
  [[nodiscard]] Page page() const { return m_page; }
  void setPage(Page page) { m_page = page; }
  [[nodiscard]] const Decorations &decorations() const { return m_decorations; }
  void setDecorations(const Decorations &decorations) { m_decorations = decorations; }
  [[nodiscard]] const QList<LegendItem> &legendItems() const { return m_legend; }
  void setLegendItems(const QList<LegendItem> &items) { m_legend = items; }

  /// Legend rows for the layers (bottom first, as layers() lists them) at a scale: the top
  /// layer comes first, as in a layer panel; layers and classes hidden at that scale are left out.
  /// GUI thread: it reads the layers' styles.
  [[nodiscard]] static QList<LegendItem> legendFor(const QList<MapLayer *> &layers, double scale);
  /// The largest round length that fits in `maxLengthMm` of paper at 1:scale.
  [[nodiscard]] static ScaleBar scaleBarFor(double scale, double maxLengthMm);

  [[nodiscard]] QSizeF pageSizeMm() const;
  /// Where the map frame sits on the page, in millimetres from the top left corner.
  [[nodiscard]] QRectF mapFrameMm() const;
  /// The page in pixels at `dpi`.
  [[nodiscard]] QSize pageSizePixels(double dpi) const;
  /// The map frame's settings at `dpi`: output size in pixels, DPI, the map's extent and CRS.
  [[nodiscard]] MapSettings frameSettings(double dpi) const;
  /// The scale bar the sheet draws at `dpi`: a round length of at most 45 mm or 30 % of the frame's
  /// width, at the frame's scale (which the DPI changes only by the rounding of the frame to pixels).
  [[nodiscard]] ScaleBar scaleBar(double dpi) const;

  /// Paints the whole page on a device whose coordinates are pixels at `dpi` (a QImage of
  /// pageSizePixels(dpi), or a QPdfWriter with that resolution), with the map frame rendered from
  /// frameSettings(dpi). Text is drawn as text, so on a PDF it stays searchable and selectable.
  void paint(QPainter &painter, const QImage &mapFrame, double dpi) const;
  /// Paints the frame's contents on the painter translated to the frame's corner and clipped to
  /// it, in the frame's pixels (a vector map on a PDF page).
  using FramePainter = std::function<void(QPainter &)>;
  /// The same with the map frame drawn by `paintFrame` rather than placed as an image.
  void paint(QPainter &painter, const FramePainter &paintFrame, double dpi) const;

private:
  struct Geometry;
  [[nodiscard]] Geometry geometry() const;
  void paintLegend(QPainter &painter, const QRectF &column, double dpi) const;
  void paintScaleBar(QPainter &painter, const QRectF &frame, double dpi) const;
  void paintNorthArrow(QPainter &painter, const QRectF &frame, double dpi) const;

  MapSettings m_map;
  QList<MapLayer *> m_layers;
  QString m_title;
  QString m_attribution;
  Page m_page = Page::A4Landscape;
  Decorations m_decorations;
  QList<LegendItem> m_legend;
};

/// Exports a layout to PNG or PDF. The constructor takes the map layers' renderer snapshots (GUI
/// thread); for a PNG start() renders the map frame on the thread pool through a RenderJob, then
/// composes and writes the page on a worker thread; a PDF's map is drawn as vectors while its page
/// is composed on that worker. The GUI stays responsive throughout. Like RenderJob: not copyable,
/// lives on the GUI thread, delete it only once finished().
class LayoutExportJob : public QObject
{
  Q_OBJECT

public:
  enum class Format : quint8 { Png, Pdf };

  /// `dpi` is the PNG's resolution, or the PDF's (its map is vector too, but for density layers,
  /// which are drawn as images at this resolution).
  LayoutExportJob(MapLayout layout, QString path, Format format, double dpi, QObject *parent = nullptr);
  ~LayoutExportJob() override;

  /// Pdf for a path ending in .pdf (any case), else Png.
  [[nodiscard]] static Format formatForPath(const QString &path);

  void start();
  /// Stops at the next step; returns at once. The job still emits finished(false).
  void cancel();
  /// Blocks until the file is written or the export failed (the command line, tests).
  void waitForFinished();

  [[nodiscard]] bool isActive() const { return m_active; }
  [[nodiscard]] bool succeeded() const { return m_succeeded; }
  /// Why the export failed; empty when it succeeded.
  [[nodiscard]] QString errorMessage() const { return m_error; }
  /// "layer: problem" for layers that failed to draw; the sheet is still written without them.
  [[nodiscard]] QStringList renderErrors() const { return m_renderErrors; }
  /// The composed page of a PNG export (for a preview); null for PDF.
  [[nodiscard]] QImage pageImage() const { return m_pageImage; }

signals:
  /// Percent done, with what is happening now ("Rendering the map…").
  void progressChanged(int percent, const QString &stage);
  void finished(bool success);

private:
  void onMapRendered();
  /// Runs on a worker thread: composes the page and writes the file.
  void compose(const QImage &mapFrame);
  void finish();

  MapLayout m_layout;
  QString m_path;
  Format m_format;
  double m_dpi;
  std::unique_ptr<RenderJob> m_render;           ///< PNG: the map frame as an image
  std::unique_ptr<VectorMapPainter> m_vectorMap; ///< PDF: the map frame as paths and text
  QFutureWatcher<void> m_composeWatcher;
  std::atomic_bool m_cancelled = false;
  bool m_active = false;
  bool m_composeStarted = false;
  bool m_succeeded = false;
  QString m_error;
  QStringList m_renderErrors;
  QImage m_pageImage;
};

} // namespace rc
