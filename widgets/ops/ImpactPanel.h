#pragma once

#include "ops/ImpactAnalysis.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace rc {

class ImpactOverlay;
class ImpactTool;
class LayerStack;
class MapCanvas;
class VectorLayer;

/// The impact analysis in the window: the tool's mode and buffer, the counts per layer of the last
/// analysis, export of its list (CSV, GeoPackage) and the area and hits drawn on the map (the area
/// by an overlay, the hits as the selection of the map's own layers).
///
/// The analysis reads the FeatureStores of the loaded layers when all six and the districts are
/// open in EPSG:4490 (shared, never copied); otherwise the demo city's GeoPackage behind any of
/// them, read once on a worker. Analyses and exports run on the thread pool; a query asked while
/// one runs waits for it, and only the latest waiting one runs. GUI thread, owned by its dock.
class ImpactPanel : public QWidget
{
  Q_OBJECT

public:
  ImpactPanel(LayerStack *layers, MapCanvas *canvas, ImpactTool *tool, QWidget *parent = nullptr);
  ~ImpactPanel() override;

  /// Metres of buffer for a clicked point (and around a drawn area).
  [[nodiscard]] double bufferMetres() const;
  void setBufferMetres(double metres);
  [[nodiscard]] bool isBusy() const { return m_watcher != nullptr; }
  [[nodiscard]] const std::optional<ImpactResult> &result() const { return m_result; }
  /// The count shown for a layer in the table (-1 before any result).
  [[nodiscard]] qsizetype shownCount(ImpactLayer layer) const;
  [[nodiscard]] QTableWidget *table() const { return m_table; }
  [[nodiscard]] QString summaryText() const;
  [[nodiscard]] ImpactOverlay *overlay() const { return m_overlay; }

public slots:
  void analyse(const rc::ImpactQuery &query);
  void analyseAt(double lon, double lat, double metres);
  /// Writes the last result's list; by the extension, .csv or .gpkg.
  void exportTo(const QString &path);
  /// Drops the result, the drawn area and the highlight.
  void clearResult();

signals:
  void finished();
  void failed(const QString &message);
  void exported(const QString &path);

protected:
  void changeEvent(QEvent *event) override;

private:
  struct Job;
  struct Outcome
  {
    std::shared_ptr<ImpactAnalysis> analysis;
    ImpactQuery query;
    std::optional<ImpactResult> result;
    QString error;
    qint64 milliseconds = 0;
  };
  /// The stores of the map's layers when they make a whole ImpactData, with the layers to highlight.
  [[nodiscard]] std::optional<ImpactData> dataFromLayers() const;
  /// A GeoPackage to read the analysis data from: the source of a loaded impact layer.
  [[nodiscard]] QString geoPackageBehindLayers() const;
  void start(ImpactQuery query);
  void onFinished();
  void showResult();
  void highlight(bool on);
  void chooseExport(const QString &filter, const QString &suffix);
  void retranslate();
  void setBusy(bool busy, const QString &what);

  LayerStack *m_layers;
  QPointer<MapCanvas> m_canvas;
  ImpactTool *m_tool;
  ImpactOverlay *m_overlay;
  QRadioButton *m_pointMode;
  QRadioButton *m_polygonMode;
  QLabel *m_bufferLabel;
  QDoubleSpinBox *m_buffer;
  QLabel *m_summary;
  QTableWidget *m_table;
  QProgressBar *m_progress;
  QPushButton *m_csvButton;
  QPushButton *m_gpkgButton;
  QPushButton *m_clearButton;

  /// The analysis and the data it holds, kept while the layers' stores stay the same.
  std::shared_ptr<ImpactAnalysis> m_analysis;
  std::optional<ImpactQuery> m_pending;
  std::optional<ImpactResult> m_result;
  std::shared_ptr<const ImpactData> m_resultData;
  /// The layers the hits are selected in, by impact layer.
  std::array<QPointer<VectorLayer>, kImpactLayerCount> m_highlighted;
  std::unique_ptr<QFutureWatcher<Outcome>> m_watcher;
  std::unique_ptr<QFutureWatcher<QString>> m_exportWatcher;
};

} // namespace rc
